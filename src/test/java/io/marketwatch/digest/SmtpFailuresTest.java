package io.marketwatch.digest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

class SmtpFailuresTest {

    private final MimeMessage message = new MimeMessage((jakarta.mail.Session) null);

    @Test
    void aConnectionThatFailedToCloseAfterSendingMeansTheMailWasAccepted() {
        var closeFailed = new MailSendException(SmtpFailures.CLOSE_AFTER_SENDING, new MessagingException("QUIT failed"));
        var refused = new MailSendException(Map.of(message, new SendFailedException("550 no such user")));

        assertThat(SmtpFailures.acceptedAnyway(closeFailed)).isTrue();
        assertThat(SmtpFailures.acceptedAnyway(refused)).isFalse();
    }

    @Test
    void anUnreachableServerOrARefusedLoginStopsTheRunAndARefusedMessageDoesNot() {
        var unreachable = new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host, port: 127.0.0.1, 2525", new ConnectException("Connection refused")),
                Map.of(message, new MessagingException("Couldn't connect")));
        var login = new MailAuthenticationException("535 5.7.8 Authentication failed");
        var refused = new MailSendException(Map.of(message, new SendFailedException("550 no such user")));

        assertThat(SmtpFailures.serverUnavailable(unreachable)).isTrue();
        assertThat(SmtpFailures.serverUnavailable(login)).isTrue();
        assertThat(SmtpFailures.serverUnavailable(refused)).isFalse();
        assertThat(SmtpFailures.describe(unreachable)).startsWith("Mail server connection failed")
                .contains("Couldn't connect to host, port: 127.0.0.1, 2525", "Connection refused").doesNotContain("\n");
    }
}
