package io.marketwatch.cli;

import io.marketwatch.digest.DigestAwaitingApproval;
import io.marketwatch.digest.DigestException;
import io.marketwatch.digest.DigestRequest;
import io.marketwatch.digest.DigestResult;
import io.marketwatch.digest.DigestService;
import io.marketwatch.digest.IsoWeek;
import io.marketwatch.digest.SubscriberProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketwatch digest}: emails the weekly digest of the nightly runs, each subscriber once. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = {"Emails the digest of an ISO week of nightly runs to every subscriber, once (docs/digest.md).",
                "SMTP: Spring Boot's --spring.mail.host=HOST --spring.mail.port=PORT (username, password, ...).",
                "Exit codes: 0 every subscriber has it, 3 some are still owed it (run again later), 1 failed, "
                        + "2 bad options, 4 busy."})
final class DigestCommand implements Callable<Integer> {

    @Option(names = "--week", paramLabel = "YYYY-Www",
            description = "The ISO week, e.g. 2025-W14. Default: the last complete week")
    private String week;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "The folder the nightly briefing runs wrote to. Default: ${DEFAULT-VALUE}")
    private Path output;

    @Option(names = "--subscribers", paramLabel = "FILE",
            description = "Subscribers CSV (email,name,watchlist). Default: subscribers.csv beside the input folder, "
                    + "else the database table mw_digest_subscriber")
    private Path subscribers;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Folder of templates (mail/digest.html, mail/digest.txt) that override the bundled ones.")
    private Path templates;

    @Option(names = "--dry-run", description = "Write one .eml file per recipient into OUTPUT/digest/WEEK/ instead of sending.")
    private boolean dryRun;

    @CommandLine.Mixin
    private SpringArgs springArgs;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        IsoWeek isoWeek = parseWeek();
        String[] properties = springArgs.properties();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path outputRoot = output.toAbsolutePath().normalize();
        return OutputLock.hold("digest", outputRoot, err, () -> {
            try (ConfigurableApplicationContext context = SpringContext.start(outputRoot, templates, properties)) {
                DigestResult result = context.getBean(DigestService.class)
                        .send(new DigestRequest(outputRoot, isoWeek, subscribers, dryRun));
                report(result, out);
                return result.complete() ? ExitCodes.OK : ExitCodes.PARTIAL;
            } catch (DigestAwaitingApproval e) {
                err.println("marketwatch digest: " + e.getMessage());
                return ExitCodes.PARTIAL;
            } catch (DigestException e) {
                err.println("marketwatch digest: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        });
    }

    private IsoWeek parseWeek() {
        try {
            return week == null ? null : IsoWeek.parse(week);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--week': " + e.getMessage());
        }
    }

    private void report(DigestResult result, PrintWriter out) {
        out.printf("Digest %s (%s): %,d new articles; subscribers from %s.%n", result.week(), result.week().dates(),
                result.articles(), result.subscribers());
        for (SubscriberProblem problem : result.problems()) {
            out.printf("  skipped subscriber, %s%n", problem);
        }
        if (dryRun) {
            out.printf("Dry run: wrote %d .eml files into %s (nothing sent, the send log is unchanged).%n",
                    result.drafts().size(), result.folder());
        }
        result.sent().forEach(r -> out.printf("  sent          %s%s%n", r,
                result.resent().contains(r) ? " (again, same Message-ID: an earlier send was interrupted)" : ""));
        result.alreadySent().forEach(r -> out.printf("  already sent  %s%n", r));
        result.failed().forEach(u -> out.printf("  failed        %s: %s%n", u.recipient(), u.reason()));
        result.pending().forEach(u -> out.printf("  pending       %s: %s%n", u.recipient(), u.reason()));
        out.printf("%d sent, %d already sent, %d failed, %d pending.%s%n", result.sent().size(),
                result.alreadySent().size(), result.failed().size(), result.pending().size(),
                result.complete() ? "" : " Run the same command again later: it sends only to those still owed the digest.");
    }
}
