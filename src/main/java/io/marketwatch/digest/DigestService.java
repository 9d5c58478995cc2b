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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final SubscriberSource subscriberSource;
    private final DigestDelivery delivery;
    private final boolean canSend;
    private final List<BriefingRenderer> attachments;
    private final DigestMailRenderer renderer;
    private final DigestProperties properties;
    private final Clock clock;
    private final DigestMessages messages;
    private final DigestReview review;
    private final HighlightsRule highlights;
    private final boolean requireApproval;

    /**
     * @param mailSender  the SMTP client, or null when no SMTP server is configured (dry runs only)
     * @param attachments the renderers of the files attached to every mail (PDF, workbook)
     * @param templates   where mail/digest.html and mail/digest.txt come from
     * @param review      the editors' corrections and approvals
     * @param highlights  the executive summary's rule and confidence threshold
     * @param requireApproval whether a week's digest waits for an editor's approval
     */
    public DigestService(NightlyStore store, SendLog sendLog, SubscriberTable subscriberTable, JavaMailSender mailSender,
                         List<BriefingRenderer> attachments, ReportTemplates templates, DigestProperties properties,
                         Clock clock, DigestReview review, HighlightsRule highlights, boolean requireApproval) {
        this.review = review;
        this.highlights = highlights;
        this.requireApproval = requireApproval;
        this.store = store;
        this.sendLog = sendLog;
        this.subscriberSource = new SubscriberSource(subscriberTable);
        this.delivery = new DigestDelivery(sendLog, mailSender, properties, clock);
        this.canSend = mailSender != null;
        this.attachments = List.copyOf(attachments);
        this.renderer = new DigestMailRenderer(templates);
        this.properties = properties;
        this.clock = clock;
        this.messages = new DigestMessages(properties);
    }

    /** Whether an SMTP server is configured (else only dry runs work). */
    public boolean canSend() {
        return canSend;
    }

    /** Whether the week's digest waits for an editor's approval before it may be sent. */
    public boolean awaitsApproval(IsoWeek week) {
        return requireApproval && !review.isApproved(week);
    }

    public DigestResult send(DigestRequest request) {
        if (!request.dryRun() && !canSend) {
            throw new DigestException(NO_SMTP);
        }
        IsoWeek week = request.week() != null ? request.week() : IsoWeek.lastCompleteOn(LocalDate.now(clock));
        if (requireApproval && !request.dryRun() && !review.isApproved(week)) {
            throw new DigestAwaitingApproval(week);
        }
        DigestAssembler assembler = new DigestAssembler(store, FxTables.bundled(), highlights, review.corrections());
        WeekRuns runs = assembler.runs(week, request.output());
        Subscribers subscribers = subscriberSource.read(request.subscribers(), Path.of(runs.latest().inputFolder()));
        WeeklyDigest digest = assembler.assemble(runs, clock.instant());
        Path folder = request.output().resolve("digest").resolve(week.toString());
        List<Path> files = writeAttachments(digest, folder);
        log.info("Digest {}: {} articles from {} runs, {} subscribers from {}", week, digest.articles().size(),
                runs.runs().size(), subscribers.list().size(), subscribers.source());

        List<String> attachmentNames = files.stream().map(f -> DigestMessages.attachmentName(week, f)).toList();
        Outcomes outcomes = new Outcomes();
        Map<String, SendLog.Entry> logged = sendLog.week(week);
        for (Subscriber subscriber : subscribers.list()) {
            SendLog.Entry entry = logged.get(subscriber.key());
            if (entry != null && entry.status() == SendLog.Status.sent) {
                outcomes.alreadySent.add(subscriber.email());
                continue;
            }
            String messageId = entry != null ? entry.messageId()
                    : MessageIds.of(week, subscriber.key(), properties.messageIdDomain());
            String unsubscribe = properties.unsubscribeFor(subscriber.email());
            DigestMail mail = renderer.render(digest.forWatchlist(subscriber.watchlist()), subscriber, unsubscribe,
                    attachmentNames);
            MimeMessage message = messages.build(mail, subscriber, messageId, unsubscribe, files, clock.instant());
            if (request.dryRun()) {
                outcomes.drafts.add(writeDraft(folder, subscriber, message));
            } else if (outcomes.serverDown != null) {
                outcomes.pending.add(new Unsent(subscriber.email(), "not tried: " + outcomes.serverDown));
            } else {
                outcomes.add(subscriber, delivery.deliver(week, subscriber, messageId, message));
            }
        }
        return new DigestResult(week, folder, digest.articles().size(), subscribers.source(), outcomes.sent,
                outcomes.resent, outcomes.alreadySent, outcomes.failed, outcomes.pending, subscribers.problems(), files,
                outcomes.drafts);
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
    private static final class Outcomes {
        final List<String> sent = new ArrayList<>();
        final List<String> resent = new ArrayList<>();
        final List<String> alreadySent = new ArrayList<>();
        final List<Unsent> failed = new ArrayList<>();
        final List<Unsent> pending = new ArrayList<>();
        final List<Path> drafts = new ArrayList<>();
        String serverDown;

        void add(Subscriber subscriber, DigestDelivery.Outcome outcome) {
            String email = subscriber.email();
            switch (outcome.kind()) {
                case sent -> sent.add(email);
                case resent -> {
                    sent.add(email);
                    resent.add(email);
                }
                case alreadySent -> alreadySent.add(email);
                case inFlight -> pending.add(new Unsent(email, outcome.reason()));
                case failed -> failed.add(new Unsent(email, outcome.reason()));
                case serverUnavailable -> {
                    failed.add(new Unsent(email, outcome.reason()));
                    serverDown = "the SMTP server could not be reached (" + outcome.reason() + ")";
                }
            }
        }
    }
}
