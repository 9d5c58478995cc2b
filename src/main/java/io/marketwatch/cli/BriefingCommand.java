package io.marketwatch.cli;

import io.marketwatch.batch.BriefingRunner;
import io.marketwatch.batch.GracefulStop;
import io.marketwatch.batch.BriefingRunner.Outcome;
import io.marketwatch.batch.BriefingRunner.RunResult;
import io.marketwatch.batch.RunProgress;
import io.marketwatch.batch.RunReport;
import io.marketwatch.fetch.FetchProperties;
import io.marketwatch.fetch.FetchReport;
import io.marketwatch.fetch.SourcesException;
import io.marketwatch.system.RunProperties;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketwatch briefing}: the nightly job on one input folder. */
@Command(name = "briefing", mixinStandardHelpOptions = true,
        description = {"Builds the night's briefing from every article in an input folder.",
                "Writes OUTPUT/<as-of>/briefing.json, briefing.pdf, briefing.xlsx and run-report.json.",
                "Exit codes: 0 done, 3 done but some input was skipped, 1 failed, 2 bad options, 4 busy "
                        + "(another run holds the output folder or the night), 143 stopped by SIGTERM (restartable).",
                "See docs/operations.md for scheduling, restarts and two instances."})
final class BriefingCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
            description = "Folder of articles (txt, md, html, RSS/Atom xml, NewsAPI json). Default: ${DEFAULT-VALUE}")
    private Path input;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "Where runs write. Default: ${DEFAULT-VALUE}")
    private Path output;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Names the run; the reference date for articles without a date. Default: today")
    private LocalDate asOf;

    @Option(names = "--force", description = "Build the briefing again even if this date is already complete.")
    private boolean force;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Folder of report templates that override the bundled ones.")
    private Path templates;

    @Option(names = "--sources", paramLabel = "FILE",
            description = {"Fetch these sources first (sources.yml; default: the setting marketwatch.fetch.sources), "
                    + "into INPUT/<as-of>/ unless --input is given, and brief that folder."})
    private Path sources;

    @Option(names = "--quiet", description = "No progress line, only errors (for cron).")
    private boolean quiet;

    @CommandLine.Mixin
    private SpringArgs springArgs;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        Path outputRoot = output.toAbsolutePath().normalize();
        ConsoleProgress progress = new ConsoleProgress(quiet ? null : out, err);
        return OutputLock.hold("briefing", outputRoot, err, () -> {
            try (ShutdownSignal shutdown = ShutdownSignal.install();
                 ConfigurableApplicationContext context = SpringContext.start(outputRoot, templates,
                         springArgs.properties(), RunProgress.class, progress)) {
                shutdown.onSignal(context.getBean(GracefulStop.class)::shutDown,
                        context.getBean(RunProperties.class).stopTimeout());
                Path sourcesFile = sources != null ? sources : context.getBean(FetchProperties.class).sources();
                Path night = input;
                if (sourcesFile != null) {
                    night = spec.commandLine().getParseResult().hasMatchedOption("--input") ? input
                            : input.resolve(date.toString());
                    FetchReport fetched;
                    try {
                        fetched = FetchCommand.fetch(context, sourcesFile, night, date);
                    } catch (SourcesException e) {
                        err.println("marketwatch briefing: " + e.getMessage());
                        return ExitCodes.USAGE;
                    }
                    if (!quiet) {
                        FetchCommand.print(fetched, out);
                    }
                }
                RunResult result = context.getBean(BriefingRunner.class).run(date, night, outputRoot, force);
                progress.finish();
                return report(result, out, err);
            }
        });
    }

    private int report(RunResult result, PrintWriter out, PrintWriter err) {
        switch (result.outcome()) {
            case FAILED, STOPPED -> {
                err.println("marketwatch briefing: " + result.message());
                return ExitCodes.FAILURE;
            }
            case BUSY -> {
                err.println("marketwatch briefing: " + result.message());
                return ExitCodes.BUSY;
            }
            default -> {
            }
        }
        RunReport r = result.report();
        if (result.outcome() == Outcome.ALREADY_DONE) {
            out.println("Nothing to do: " + result.message() + ".");
            return ExitCodes.OK;
        }
        if (!quiet) {
            out.println(summary(result.message(), r));
        }
        return result.outcome() == Outcome.PARTIAL ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    static String summary(String message, RunReport r) {
        String skipped = r.skipped().isEmpty() ? "nothing skipped"
                : r.skipped().size() + (r.skipped().size() == 1 ? " skipped (" : " skipped (")
                + String.join("; ", r.skipped().stream().limit(5).map(s -> s.file() + ": " + s.reason()).toList())
                + (r.skipped().size() > 5 ? "; see run-report.json" : "") + ")";
        String undated = r.undated().isEmpty() ? ""
                : String.format(" %,d %s no publication date: %s time phrases were read against %s (see run-report.json).",
                r.undated().size(), r.undated().size() == 1 ? "article had" : "articles had",
                r.undated().size() == 1 ? "its" : "their", r.asOf());
        return String.format("Briefing for %s: %s in %.1f s. Read %,d articles from %,d files, %s. "
                        + "Found %,d companies, %,d investments and %,d launches. Wrote %s.%s",
                r.asOf(), message, r.seconds(), r.articles(), r.files(), skipped, r.companies(), r.investments(),
                r.launches(), r.output(), undated);
    }
}
