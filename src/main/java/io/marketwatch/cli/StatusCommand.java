package io.marketwatch.cli;

import io.marketwatch.batch.RunHistory;
import io.marketwatch.batch.RunHistory.Attention;
import io.marketwatch.batch.RunHistory.History;
import io.marketwatch.batch.RunHistory.PastRun;
import io.marketwatch.fetch.FetchStore;
import io.marketwatch.fetch.SourceReport;
import io.marketwatch.review.ReviewService;
import io.marketwatch.store.PartitionRuns;
import io.marketwatch.store.PartitionRuns.Claim;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketwatch status}: the recent runs, and the nights that need attention. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Shows the recent briefing runs from the job repository (night, status, files, articles, "
                + "time, output folder) and every night that needs attention: failed, stopped, or interrupted "
                + "(marked running although its process is gone; it restarts on the next run).",
                "Exit codes: 0 nothing needs attention, 5 some night needs attention, 1 failed."})
final class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "The output folder of the runs (its .state/ holds the job repository). Default: ${DEFAULT-VALUE}")
    private Path output;

    @Option(names = "--nights", paramLabel = "N", defaultValue = "10",
            description = "How many recent runs (nights) to show. Default: ${DEFAULT-VALUE}")
    private int nights;

    @CommandLine.Mixin
    private SpringArgs springArgs;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContext.start(output, springArgs.properties())) {
            History history = context.getBean(RunHistory.class).recent(nights);
            PrintWriter out = spec.commandLine().getOut();
            print(history, out);
            printWorkers(history, context.getBean(PartitionRuns.class), out);
            printFetches(context.getBean(FetchStore.class).lastFetches(), out);
            if (context.getEnvironment().getProperty("marketwatch.digest.require-approval", Boolean.class, false)) {
                printWaiting(context.getBean(ReviewService.class).waiting(output.toAbsolutePath().normalize()), out);
            }
            out.flush();
            boolean attention = history.attention().stream()
                    .anyMatch(a -> a.state() != RunHistory.NightState.RUNNING);
            return attention ? ExitCodes.ATTENTION : ExitCodes.OK;
        }
    }

    static void print(History history, PrintWriter out) {
        if (history.runs().isEmpty()) {
            out.println("No briefing runs yet.");
            return;
        }
        out.println("Recent runs, newest first:");
        out.printf(Locale.ROOT, "%-10s  %4s  %4s  %-11s  %-19s  %8s  %6s  %8s  %7s  %s%n", "NIGHT", "RUN", "EXEC", "STATUS",
                "STARTED", "TOOK", "FILES", "ARTICLES", "SKIPPED", "OUTPUT");
        for (PastRun run : history.runs()) {
            out.printf(Locale.ROOT, "%-10s  %4d  %4d  %-11s  %-19s  %8s  %,6d  %8s  %7s  %s%n", run.asOf(), run.run(),
                    run.execution(), run.status(), run.started() == null ? "-" : TIME.format(run.started()),
                    String.format(Locale.ROOT, "%.1f s", run.took().toMillis() / 1000.0), run.files(), count(run.articles()),
                    count(run.skipped()), run.output());
            if (run.note() != null && !run.status().equals("COMPLETED")) {
                out.println("      " + run.note());
            }
        }
        out.println();
        if (history.attention().isEmpty()) {
            out.println("Nothing needs attention.");
            return;
        }
        out.println("Needs attention:");
        for (Attention night : history.attention()) {
            out.printf(Locale.ROOT, "  %s  %s (execution %d, input %s): %s%n", night.asOf(), headline(night),
                    night.execution(), night.input(), night.detail());
        }
    }

    /** Remote nights (docs/scale-out.md): the workers that took part and the partitions each ran, newest night first. */
    static void printWorkers(History history, PartitionRuns partitions, PrintWriter out) {
        Set<Long> nights = new LinkedHashSet<>();
        history.runs().forEach(run -> nights.add(run.run()));
        for (long night : nights) {
            List<Claim> claims = partitions.claims(night);
            if (claims.isEmpty()) {
                continue;
            }
            Map<String, List<String>> byWorker = new LinkedHashMap<>();
            for (Claim claim : claims) {
                String partition = claim.partition().substring(claim.partition().indexOf(':') + 1);
                String state = claim.finished() ? claim.outcome() : "RUNNING";
                byWorker.computeIfAbsent(claim.worker(), w -> new ArrayList<>())
                        .add(partition + " " + state + " (execution " + claim.jobExecutionId() + ")");
            }
            String asOf = history.runs().stream().filter(r -> r.run() == night).findFirst().map(r -> r.asOf().toString())
                    .orElse("?");
            out.println();
            out.printf(Locale.ROOT, "Workers of night %s (run %d):%n", asOf, night);
            out.printf(Locale.ROOT, "  %-28s  %s%n", "WORKER", "PARTITIONS");
            byWorker.forEach((worker, runs) -> out.printf(Locale.ROOT, "  %-28s  %s%n", worker, String.join(", ", runs)));
        }
    }

    /** The nights nobody reviewed yet and the weeks whose digest waits for approval (marketwatch.digest.require-approval). */
    static void printWaiting(ReviewService.Waiting waiting, PrintWriter out) {
        out.println();
        if (waiting.nights().isEmpty() && waiting.weeks().isEmpty()) {
            out.println("Nothing waits for review.");
            return;
        }
        out.println("Waiting for review:");
        waiting.nights().forEach(night -> out.printf(Locale.ROOT,
                "  night %s  not reviewed (marketwatch review --as-of %s, then --apply the edited file)%n", night, night));
        waiting.weeks().forEach(week -> out.printf(Locale.ROOT,
                "  week %s  digest not sent until approved (marketwatch review --approve %s)%n", week, week));
    }

    private static String headline(Attention night) {
        String next = night.forced() ? "" : ", will restart on next run";
        return switch (night.state()) {
            case RUNNING -> "running now";
            case INTERRUPTED -> "interrupted" + next;
            case STOPPED -> "stopped" + next;
            case FAILED -> "failed" + next;
        };
    }

    private static String count(Integer n) {
        return n == null ? "-" : String.format(Locale.ROOT, "%,d", n);
    }

    /** The last fetch of every source, when sources are fetched. */
    static void printFetches(List<SourceReport> fetches, PrintWriter out) {
        if (fetches.isEmpty()) {
            return;
        }
        out.println();
        out.println("Sources, last fetch:");
        out.printf(Locale.ROOT, "%-24s  %-19s  %-9s  %5s  %5s  %6s  %s%n", "SOURCE", "FETCHED", "OUTCOME", "NEW", "SEEN",
                "FAILED", "PROBLEM");
        for (SourceReport f : fetches) {
            out.printf(Locale.ROOT, "%-24s  %-19s  %-9s  %5d  %5d  %6d  %s%n", f.source(),
                    TIME.format(f.at().atZone(ZoneId.systemDefault())), f.outcome().name().toLowerCase(Locale.ROOT),
                    f.itemsNew(), f.itemsSeen(), f.itemsFailed(), f.problem() == null ? "" : f.problem());
        }
    }
}
