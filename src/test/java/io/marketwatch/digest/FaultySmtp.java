package io.marketwatch.digest;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The real SMTP client with failures injected for chosen recipients: a recipient's first N sends
 * fail before reaching the server, and a hook can act right after the server accepted a mail
 * (stop the server, or crash the process). Every mail that gets through goes to the real server.
 */
final class FaultySmtp implements JavaMailSender {

    private final JavaMailSender real;
    private final Map<String, Integer> failuresLeft = new HashMap<>();
    private final Map<String, Integer> attempts = new HashMap<>();
    private AfterSend afterSend = recipient -> {
    };

    FaultySmtp(JavaMailSender real) {
        this.real = real;
    }

    /** Something to do after the server accepted a mail for the recipient. */
    interface AfterSend {
        void accepted(String recipient);
    }

    FaultySmtp failFirst(String recipient, int times) {
        failuresLeft.put(recipient, times);
        return this;
    }

    FaultySmtp afterSend(AfterSend hook) {
        this.afterSend = hook;
        return this;
    }

    int attempts(String recipient) {
        return attempts.getOrDefault(recipient, 0);
    }

    @Override
    public void send(MimeMessage... messages) throws MailException {
        for (MimeMessage message : messages) {
            String recipient = recipient(message);
            attempts.merge(recipient, 1, Integer::sum);
            int left = failuresLeft.getOrDefault(recipient, 0);
            if (left > 0) {
                failuresLeft.put(recipient, left - 1);
                // as JavaMailSenderImpl reports a message the server refused
                throw new MailSendException(Map.of(message, new SendFailedException("451 4.3.0 temporary failure for " + recipient)));
            }
            real.send(message);
            afterSend.accepted(recipient);
        }
    }

    @Override
    public MimeMessage createMimeMessage() {
        return real.createMimeMessage();
    }

    @Override
    public MimeMessage createMimeMessage(InputStream contentStream) throws MailException {
        return real.createMimeMessage(contentStream);
    }

    @Override
    public void send(SimpleMailMessage... simpleMessages) throws MailException {
        throw new UnsupportedOperationException("the digest sends MIME messages only");
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
