package io.marketwatch.digest;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/** Tells failures of the whole SMTP server (unreachable, refusing our login) from failures of one message. */
final class SmtpFailures {

    /** JavaMailSenderImpl's message when only closing the connection failed, after every message was accepted. */
    static final String CLOSE_AFTER_SENDING = "Failed to close server connection after message sending";

    private SmtpFailures() {
    }

    /** Whether no further mail can get through now: every other recipient would fail the same way. */
    static boolean serverUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException || t instanceof MailAuthenticationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure came after the server had accepted every message: Spring reports a
     * connection that failed to close after sending with this exception and no failed messages.
     * Sending again would make a copy.
     */
    static boolean acceptedAnyway(MailSendException failure) {
        return failure.getFailedMessages().isEmpty() && failure.getMessage() != null
                && failure.getMessage().startsWith(CLOSE_AFTER_SENDING);
    }

    /** One line for logs and results: the innermost message that says something. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank() && text.indexOf(t.getMessage()) < 0) {
                text.append(text.isEmpty() ? "" : ": ").append(t.getMessage().strip());
            }
        }
        return HeaderText.clean(text.isEmpty() ? failure.getClass().getSimpleName() : text.toString(), 500);
    }
}
