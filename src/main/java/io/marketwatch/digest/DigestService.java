package io.marketwatch.digest;

import io.marketwatch.briefing.FxTables;
import io.marketwatch.briefing.HighlightsRule;
import io.marketwatch.digest.DigestResult.Unsent;
import io.marketwatch.report.BriefingFiles;
import io.marketwatch.report.BriefingRenderer;
import io.marketwatch.report.ReportTemplates;
import io.marketwatch.store.NightlyStore;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends a week's digest to every subscriber once. Each recipient's row in the {@link SendLog} is
 * marked "sending" before the SMTP call and "sent" after it; a recipient already sent to is
 * skipped, a failed send is retried with back-off and stays owed for the next run. A dry run
 * writes .eml files and leaves the log alone. The design and the interrupted-send case are
 * described in docs/digest.md.
 */
public class DigestService {

    private static final Logger log = LoggerFactory.getLogger(DigestService.class);

    static final String NO_SMTP = "No SMTP server is configured: pass --spring.mail.host=HOST (and --spring.mail.port, "
            + "--spring.mail.username, --spring.mail.password as needed), or use --dry-run to write the mails as "
            + ".eml files.";

    private final NightlyStore store;
    private final SendLog sendLog;
    private final SubscriberTable subscriberTable;
    private final JavaMailSender mailSender;
    private final List<BriefingRenderer> attachments;
    private final DigestProperties properties;
    private final Clock clock;
    private final DigestMessages messages;
    private final RetryTemplate retry;

    /**
     * @param mailSender  the SMTP client, or null when no SMTP server is configured (dry runs only)
     * @param attachments the renderers of the files attached to every mail (PDF, workbook)
     */
    public DigestService(NightlyStore store, SendLog sendLog, SubscriberTable subscriberTable, JavaMailSender mailSender,
                         List<BriefingRenderer> attachments, DigestProperties properties, Clock clock) {
        this.store = store;
        this.sendLog = sendLog;
        this.subscriberTable = subscriberTable;
        this.mailSender = mailSender;
        this.attachments = List.copyOf(attachments);
        this.properties = properties;
        this.clock = clock;
        this.messages = new DigestMessages(properties);
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(properties.attempts() - 1L)
                .delay(properties.retryDelay())
                .multiplier(2)
                .includes(MailSendException.class)
                .build());
    }

    public DigestResult send(DigestRequest request) {
        if (!request.dryRun() && mailSender == null) {
            throw new DigestException(NO_SMTP);
        }
        IsoWeek week = request.week() != null ? request.week() : IsoWeek.lastCompleteOn(LocalDate.now(clock));
        DigestAssembler assembler = new DigestAssembler(store, FxTables.bundled(), HighlightsRule.defaults());
        WeekRuns runs = assembler.runs(week, request.output());
        Subscribers subscribers = subscribers(request, runs);
        WeeklyDigest digest = assembler.assemble(runs, clock.instant());
        Path folder = request.output().resolve("digest").resolve(week.toString());
        List<Path> files = writeAttachments(digest, folder);
        log.info("Digest {}: {} articles from {} runs, {} subscribers from {}", week, digest.articles().size(),
                runs.runs().size(), subscribers.list().size(), subscribers.source());

        List<String> attachmentNames = files.stream().map(f -> DigestMessages.attachmentName(week, f)).toList();
        DigestMailRenderer renderer = new DigestMailRenderer(new ReportTemplates(request.templates()));
        Outcome outcome = new Outcome();
        Map<String, SendLog.Entry> logged = sendLog.week(week);
        for (Subscriber subscriber : subscribers.list()) {
            SendLog.Entry entry = logged.get(subscriber.key());
            if (entry != null && entry.status() == SendLog.Status.sent) {
                outcome.alreadySent.add(subscriber.email());
                continue;
            }
            String messageId = entry != null ? entry.messageId()
                    : MessageIds.of(week, subscriber.key(), properties.messageIdDomain());
            String unsubscribe = properties.unsubscribeFor(subscriber.email());
            DigestMail mail = renderer.render(digest.forWatchlist(subscriber.watchlist()), subscriber, unsubscribe,
                    attachmentNames);
            MimeMessage message = messages.build(mail, subscriber, messageId, unsubscribe, files, clock.instant());
            if (request.dryRun()) {
                outcome.drafts.add(writeDraft(folder, subscriber, message));
            } else if (outcome.serverDown != null) {
                outcome.pending.add(new Unsent(subscriber.email(), "not tried: " + outcome.serverDown));
            } else {
                send(week, subscriber, messageId, message, outcome);
            }
        }
        return new DigestResult(week, folder, digest.articles().size(), subscribers.source(), outcome.sent,
                outcome.resent, outcome.alreadySent, outcome.failed, outcome.pending, subscribers.problems(), files,
                outcome.drafts);
    }

    private void send(IsoWeek week, Subscriber subscriber, String messageId, MimeMessage message, Outcome outcome) {
        Instant now = clock.instant();
        SendLog.Entry entry = sendLog.open(week, subscriber.key(), messageId, now);
        if (entry.status() == SendLog.Status.sent) {
            outcome.alreadySent.add(subscriber.email());
            return;
        }
        if (!sendLog.claim(week, subscriber.key(), now, now.minus(properties.sendingTimeout()))) {
            outcome.pending.add(new Unsent(subscriber.email(), "another run started sending it at " + entry.updatedAt()
                    + "; if that run stopped, the next run after " + entry.updatedAt().plus(properties.sendingTimeout())
                    + " sends it again"));
            return;
        }
        boolean interrupted = entry.status() == SendLog.Status.sending;
        if (interrupted) {
            log.warn("Digest {} to {}: an earlier send was interrupted after it started; sending again with the "
                    + "same Message-ID {}", week, subscriber.email(), messageId);
        }
        AtomicInteger attempts = new AtomicInteger();
        try {
            retry.execute(() -> {
                attempts.incrementAndGet();
                try {
                    mailSender.send(message);
                } catch (MailSendException e) {
                    if (!SmtpFailures.acceptedAnyway(e)) {
                        throw e;
                    }
                    log.warn("Digest {} to {}: accepted by the server, then: {}", week, subscriber.email(),
                            SmtpFailures.describe(e));
                }
                return null;
            });
        } catch (RetryException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            if (!(cause instanceof MailException)) {
                // not a mail failure: stop as a crash would, leaving the recipient "sending"
                throw new IllegalStateException("sending the digest to " + subscriber.email() + " failed", cause);
            }
            String reason = SmtpFailures.describe(cause);
            log.warn("Digest {} to {} failed after {} attempts: {}", week, subscriber.email(), attempts.get(), reason);
            sendLog.failed(week, subscriber.key(), attempts.get(), reason, clock.instant());
            outcome.failed.add(new Unsent(subscriber.email(), reason));
            if (SmtpFailures.serverUnavailable(cause)) {
                outcome.serverDown = "the SMTP server could not be reached (" + reason + ")";
            }
            return;
        }
        sendLog.sent(week, subscriber.key(), attempts.get(), clock.instant());
        outcome.sent.add(subscriber.email());
        if (interrupted) {
            outcome.resent.add(subscriber.email());
        }
    }

    private Subscribers subscribers(DigestRequest request, WeekRuns runs) {
        Path file = request.subscribers();
        if (file == null) {
            Path beside = Path.of(runs.latest().inputFolder()).toAbsolutePath().normalize()
                    .resolveSibling("subscribers.csv");
            if (Files.isRegularFile(beside)) {
                file = beside;
            } else {
                Subscribers table = subscriberTable.read();
                if (table.list().isEmpty() && table.problems().isEmpty()) {
                    throw new DigestException("No subscribers: write " + beside + " (header email,name,watchlist), "
                            + "pass --subscribers FILE, or add rows to the table mw_digest_subscriber.");
                }
                return requireSome(table);
            }
        }
        if (!Files.isRegularFile(file)) {
            throw new DigestException("Subscribers file not found: " + file);
        }
        try {
            return requireSome(SubscriberCsv.read(file));
        } catch (IOException e) {
            throw new DigestException("Cannot read the subscribers file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Subscribers requireSome(Subscribers subscribers) {
        if (subscribers.list().isEmpty()) {
            throw new DigestException("No valid subscriber in " + subscribers.source() + ": " + String.join("; ",
                    subscribers.problems().stream().limit(5).map(SubscriberProblem::toString).toList()));
        }
        return subscribers;
    }

    private List<Path> writeAttachments(WeeklyDigest digest, Path folder) {
        try {
            return new BriefingFiles(attachments).write(digest.briefing(), folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the digest's attachments into " + folder, e);
        }
    }

    private static Path writeDraft(Path folder, Subscriber subscriber, MimeMessage message) {
        Path file = folder.resolve(subscriber.key().replaceAll("[^a-z0-9@._+-]", "_") + ".eml");
        try {
            BriefingFiles.writeAtomically(file, tmp -> {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    message.writeTo(out);
                } catch (MessagingException e) {
                    throw new IOException("cannot write " + file, e);
                }
            });
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What happened to each recipient so far in this run. */
    private static final class Outcome {
        final List<String> sent = new ArrayList<>();
        final List<String> resent = new ArrayList<>();
        final List<String> alreadySent = new ArrayList<>();
        final List<Unsent> failed = new ArrayList<>();
        final List<Unsent> pending = new ArrayList<>();
        final List<Path> drafts = new ArrayList<>();
        String serverDown;
    }
}
