package io.marketwatch.cli;

import io.marketwatch.digest.DigestException;
import io.marketwatch.digest.DigestRequest;
import io.marketwatch.digest.DigestResult;
import io.marketwatch.digest.DigestService;
import io.marketwatch.digest.IsoWeek;
import io.marketwatch.review.ReviewFileException;
import io.marketwatch.review.ReviewService;
import io.marketwatch.review.StoredCorrection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketwatch review}: the editor's morning (docs/review.md). */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Writes the night's review file OUTPUT/<date>/review.csv (one row per fact: id, kind, fact, "
                + "confidence, evidence, article, and empty action and fix columns); applies an edited one, "
                + "the CSV or the workbook's Review sheet; lists or undoes corrections; approves a week's digest.",
                "Exit codes: 0 done, 1 failed (a review file with a bad row: nothing applied), 2 bad options, 4 busy."})
final class ReviewCommand implements Callable<Integer> {

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "The folder the nightly briefing runs wrote to. Default: ${DEFAULT-VALUE}")
    private Path output;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The night. Default: the latest (for --apply: the night whose folder holds the file)")
    private LocalDate asOf;

    @Option(names = "--by", paramLabel = "NAME", description = "Who makes the corrections. Default: the user name")
    private String by = System.getProperty("user.name");

    @CommandLine.ArgGroup(exclusive = true)
    private Mode mode = new Mode();

    @CommandLine.Mixin
    private SpringArgs springArgs;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    static final class Mode {
        @Option(names = "--apply", paramLabel = "FILE",
                description = "Apply an edited review file (review.csv or briefing.xlsx) and write the night's files again")
        Path apply;

        @Option(names = "--list", description = "List every correction in force")
        boolean list;

        @Option(names = "--undo", paramLabel = "N", description = "Take back correction number N")
        Long undo;

        @Option(names = "--approve", paramLabel = "YYYY-Www",
                description = "Approve the week's digest for sending (marketwatch.digest.require-approval)")
        String approve;
    }

    @Override
    public Integer call() throws Exception {
        IsoWeek week = parseWeek();
        String[] properties = springArgs.properties();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path outputRoot = output.toAbsolutePath().normalize();
        return OutputLock.hold("review", outputRoot, err, () -> {
            try (ConfigurableApplicationContext context = SpringContext.start(outputRoot, null, properties)) {
                ReviewService review = context.getBean(ReviewService.class);
                if (mode.apply != null) {
                    ReviewService.Applied applied = review.apply(outputRoot, mode.apply, asOf, by);
                    out.printf("Applied %s to the night of %s: %s.%n", mode.apply, applied.asOf(),
                            applied.byAction().isEmpty() ? "no corrections" : applied.byAction().toString()
                                    .replaceAll("[{}]", "").replace("=", " "));
                    if (applied.knowledgeFile() != null) {
                        out.printf("%d names written to %s.%n", applied.entries(), applied.knowledgeFile());
                    }
                    applied.written().forEach(p -> out.println("  written " + p));
                } else if (mode.list) {
                    list(review, out);
                } else if (mode.undo != null) {
                    Optional<StoredCorrection> undone = review.undo(outputRoot, mode.undo, by);
                    if (undone.isEmpty()) {
                        err.println("marketwatch review: no correction number " + mode.undo + " is in force (see --list)");
                        return ExitCodes.FAILURE;
                    }
                    out.printf("Correction %d of %s taken back; the night of %s is written again.%n", mode.undo,
                            undone.get().correction().factId(), undone.get().asOf());
                } else if (week != null) {
                    return approve(context, review, week, outputRoot, by, out, err);
                } else {
                    Path file = review.writeReviewFile(outputRoot, asOf);
                    out.println("Review file written: " + file);
                    out.println("Fill in action (keep, drop, fix) and fix (field=value; ...), then: marketwatch review "
                            + "--output " + output + " --apply " + file);
                }
                out.flush();
                return ExitCodes.OK;
            } catch (ReviewFileException | IllegalArgumentException | DigestException e) {
                err.println("marketwatch review: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        });
    }

    private static Integer approve(ConfigurableApplicationContext context, ReviewService review, IsoWeek week,
                                   Path outputRoot, String by, PrintWriter out, PrintWriter err) {
        review.approve(week, by);
        out.printf("The digest of %s (%s) is approved.%n", week, week.dates());
        DigestService digest = context.getBean(DigestService.class);
        if (!digest.canSend()) {
            out.printf("No SMTP server is configured here: `marketwatch digest --week %s` (or the scheduler) sends it.%n", week);
            return ExitCodes.OK;
        }
        DigestResult result = digest.send(new DigestRequest(outputRoot, week, null, false));
        out.printf("Sent to %d, already sent to %d, failed %d, pending %d.%n", result.sent().size(),
                result.alreadySent().size(), result.failed().size(), result.pending().size());
        if (!result.complete()) {
            err.printf("Some subscribers are still owed the digest: run `marketwatch digest --week %s` later.%n", week);
            return ExitCodes.PARTIAL;
        }
        return ExitCodes.OK;
    }

    private static void list(ReviewService review, PrintWriter out) {
        var corrections = review.list();
        if (corrections.isEmpty()) {
            out.println("No corrections in force.");
            return;
        }
        out.printf("%5s  %-16s  %-10s  %-6s  %-10s  %-12s  %s%n", "N", "FACT", "KIND", "ACTION", "NIGHT", "BY", "CHANGE");
        for (StoredCorrection c : corrections) {
            StringBuilder change = new StringBuilder();
            c.correction().fields().forEach((field, value) -> change.append(change.isEmpty() ? "" : "; ").append(field)
                    .append(": ").append(c.original().getOrDefault(field, "")).append(" \u2192 ").append(value));
            out.printf("%5d  %-16s  %-10s  %-6s  %-10s  %-12s  %s%n", c.correction().number(), c.correction().factId(),
                    c.factKind(), c.correction().action(), c.asOf(), c.correction().by() == null ? "-" : c.correction().by(),
                    change);
        }
    }

    private IsoWeek parseWeek() {
        try {
            return mode.approve == null ? null : IsoWeek.parse(mode.approve);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--approve': " + e.getMessage());
        }
    }
}
