package io.marketwatch.digest;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.springframework.mail.MailAuthenticationException;

/** Tells failures of the whole SMTP server (unreachable, refusing our login) from failures of one message. */
final class SmtpFailures {

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
