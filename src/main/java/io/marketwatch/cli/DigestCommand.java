package io.marketwatch.cli;

import io.marketwatch.MarketWatchApplication;
import io.marketwatch.digest.DigestException;
import io.marketwatch.digest.DigestRequest;
import io.marketwatch.digest.DigestResult;
import io.marketwatch.digest.DigestService;
import io.marketwatch.digest.IsoWeek;
import io.marketwatch.digest.SubscriberProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code digest}: emails the weekly digest of the nightly runs stored under an output folder,
 * each subscriber once (docs/digest.md).
 */
@Command(name = "digest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Emails the digest of an ISO week of nightly runs to every subscriber, once.",
                "SMTP: Spring Boot's --spring.mail.host=HOST --spring.mail.port=PORT (username, password, ...)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every subscriber has the digest (or the dry run wrote it)",
                "1:the digest could not be built or sent (the message says why)",
                "2:wrong options",
                "75:some recipients are still owed the digest: run again later"})
public class DigestCommand implements Callable<Integer> {

    /** sysexits EX_TEMPFAIL: a temporary failure, run the same command again later. */
    static final int TRY_AGAIN_LATER = 75;

    private static final Pattern PROPERTY = Pattern.compile("--[a-z][a-z0-9-]*(\\.[\\w\\[\\]-]+)+(=.*)?");

    @Spec
    private CommandSpec spec;

    @Option(names = "--week", paramLabel = "YYYY-Www",
            description = "The ISO week, e.g. 2025-W14 (default: the last complete week).")
    private String week;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "The output folder the nightly briefing runs wrote to (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = "--subscribers", paramLabel = "FILE",
            description = "Subscribers CSV (email,name,watchlist); default: subscribers.csv beside the input folder, "
                    + "else the database table mw_digest_subscriber.")
    private Path subscribers;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder whose mail/digest.html and mail/digest.txt replace the bundled templates.")
    private Path templates;

    @Option(names = "--dry-run", description = "Write one .eml file per recipient into OUTPUT/digest/WEEK/ instead of sending.")
    private boolean dryRun;

    @Unmatched
    private List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        IsoWeek isoWeek = parseWeek();
        for (String arg : springArgs) {
            if (!PROPERTY.matcher(arg).matches()) {
                throw new ParameterException(spec.commandLine(), "Unknown option: '" + arg + "'");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = SpringContext.start(output.toAbsolutePath().normalize(), templates,
                springArgs.toArray(String[]::new))) {
            DigestResult result = context.getBean(DigestService.class)
                    .send(new DigestRequest(output, isoWeek, subscribers, templates, dryRun));
            report(result, out);
            return result.complete() ? 0 : TRY_AGAIN_LATER;
        } catch (DigestException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private IsoWeek parseWeek() {
        try {
            return week == null ? null : IsoWeek.parse(week);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--week': " + e.getMessage());
        }
    }

    private void report(DigestResult result, PrintWriter out) {
        out.printf("Digest %s (%s): %d new articles; subscribers from %s%n", result.week(), result.week().dates(),
                result.articles(), result.subscribers());
        for (SubscriberProblem problem : result.problems()) {
            out.printf("  skipped subscriber, %s%n", problem);
        }
        if (dryRun) {
            out.printf("Dry run: %d .eml files in %s (nothing sent, the send log is unchanged)%n", result.drafts().size(),
                    result.folder());
        }
        result.sent().forEach(r -> out.printf("  sent          %s%s%n", r,
                result.resent().contains(r) ? " (again, same Message-ID: an earlier send was interrupted)" : ""));
        result.alreadySent().forEach(r -> out.printf("  already sent  %s%n", r));
        result.failed().forEach(u -> out.printf("  failed        %s: %s%n", u.recipient(), u.reason()));
        result.pending().forEach(u -> out.printf("  pending       %s: %s%n", u.recipient(), u.reason()));
        out.printf("%d sent, %d already sent, %d failed, %d pending.%s%n", result.sent().size(),
                result.alreadySent().size(), result.failed().size(), result.pending().size(),
                result.complete() ? "" : " Run the same command again to send to those still owed the digest.");
    }
}
