package io.marketwatch.digest;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
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
 * Hands one recipient's digest to the SMTP server at most once per week, as far as SMTP allows:
 * the {@link SendLog} row is claimed ("sending") before the SMTP call and marked "sent" after the
 * server accepted the mail; failures are retried with back-off, then left pending. See
 * docs/digest.md, "Exactly once".
 */
final class DigestDelivery {

    private static final Logger log = LoggerFactory.getLogger(DigestDelivery.class);

    private final SendLog sendLog;
    private final JavaMailSender mailSender;
    private final DigestProperties properties;
    private final Clock clock;
    private final RetryTemplate retry;

    DigestDelivery(SendLog sendLog, JavaMailSender mailSender, DigestProperties properties, Clock clock) {
        this.sendLog = sendLog;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(properties.attempts() - 1L)
                .delay(properties.retryDelay())
                .multiplier(2)
                .includes(MailSendException.class)
                .build());
    }

    /** What became of one recipient's digest. */
    record Outcome(Kind kind, String reason) {

        enum Kind {
            /** The server accepted it now. */
            sent,
            /** The server accepted it now, after an earlier send of it was interrupted. */
            resent,
            /** An earlier run sent it. */
            alreadySent,
            /** Another run is sending it (or stopped less than the sending timeout ago). */
            inFlight,
            /** Every attempt failed; it stays owed. */
            failed,
            /** Every attempt failed because the server cannot be reached: do not try others now. */
            serverUnavailable
        }
    }

    Outcome deliver(IsoWeek week, Subscriber subscriber, String messageId, MimeMessage message) {
        Instant now = clock.instant();
        SendLog.Entry entry = sendLog.open(week, subscriber.key(), messageId, now);
        if (entry.status() == SendLog.Status.sent) {
            return new Outcome(Outcome.Kind.alreadySent, null);
        }
        if (!sendLog.claim(week, subscriber.key(), now, now.minus(properties.sendingTimeout()))) {
            return new Outcome(Outcome.Kind.inFlight, "another run started sending it at " + entry.updatedAt()
                    + "; if that run stopped, a run after " + entry.updatedAt().plus(properties.sendingTimeout())
                    + " sends it again");
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
                send(week, subscriber, message);
                return null;
            });
        } catch (RetryException e) {
            return failed(week, subscriber, attempts.get(), e.getCause());
        }
        sendLog.sent(week, subscriber.key(), attempts.get(), clock.instant());
        return new Outcome(interrupted ? Outcome.Kind.resent : Outcome.Kind.sent, null);
    }

    private void send(IsoWeek week, Subscriber subscriber, MimeMessage message) {
        try {
            mailSender.send(message);
        } catch (MailSendException e) {
            if (!SmtpFailures.acceptedAnyway(e)) {
                throw e;
            }
            log.warn("Digest {} to {}: accepted by the server, then: {}", week, subscriber.email(),
                    SmtpFailures.describe(e));
        }
    }

    private Outcome failed(IsoWeek week, Subscriber subscriber, int attempts, Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        if (!(cause instanceof MailException)) {
            // not a mail failure: stop as a crash would, leaving the recipient "sending"
            throw new IllegalStateException("sending the digest to " + subscriber.email() + " failed", cause);
        }
        String reason = SmtpFailures.describe(cause);
        log.warn("Digest {} to {} failed after {} attempts: {}", week, subscriber.email(), attempts, reason);
        sendLog.failed(week, subscriber.key(), attempts, reason, clock.instant());
        return new Outcome(SmtpFailures.serverUnavailable(cause) ? Outcome.Kind.serverUnavailable : Outcome.Kind.failed,
                reason);
    }
}
