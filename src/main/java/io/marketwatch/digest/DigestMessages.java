package io.marketwatch.digest;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Builds the MIME message of one recipient's digest: a text and an HTML alternative, the week's
 * files attached, a List-Unsubscribe header and a fixed Message-ID. Names reach headers only
 * through {@link InternetAddress} (RFC 2047 encoded) after line breaks are removed.
 */
final class DigestMessages {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final ConfigurableMimeFileTypeMap TYPES = new ConfigurableMimeFileTypeMap();

    static {
        TYPES.setMappings("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet xlsx",
                "application/json json");
        TYPES.afterPropertiesSet();
    }

    private final DigestProperties properties;

    DigestMessages(DigestProperties properties) {
        this.properties = properties;
    }

    MimeMessage build(DigestMail mail, Subscriber to, String messageId, String unsubscribe, List<Path> attachments,
                      Instant date) {
        try {
            MimeMessage message = new FixedIdMessage(messageId);
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED,
                    StandardCharsets.UTF_8.name());
            helper.setFileTypeMap(TYPES);
            InternetAddress sender = properties.sender();
            helper.setFrom(address(sender.getAddress(), sender.getPersonal()));
            helper.setTo(address(to.email(), to.name()));
            helper.setSubject(HeaderText.clean(mail.subject(), 200));
            helper.setSentDate(Date.from(date));
            helper.setText(mail.text(), mail.html());
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            for (Path file : attachments) {
                // base64 keeps every byte as written, also for text files such as JSON
                MimeBodyPart part = new MimeBodyPart();
                part.attachFile(file.toFile(), TYPES.getContentType(file.toFile()), "base64");
                part.setFileName(attachmentName(mail.week(), file));
                helper.getRootMimeMultipart().addBodyPart(part);
            }
            message.saveChanges();
            return message;
        } catch (MessagingException | IOException e) {
            throw new MailPreparationException("cannot build the digest for " + to.email(), e);
        }
    }

    /** The name a recipient sees for an attached file: "market-watch-2025-W14-briefing.pdf". */
    static String attachmentName(IsoWeek week, Path file) {
        return "market-watch-" + week + "-" + file.getFileName();
    }

    private static InternetAddress address(String email, String name) throws UnsupportedEncodingException {
        String personal = HeaderText.clean(name, Subscriber.MAX_NAME);
        return personal.isEmpty() ? new InternetAddress(email, null, StandardCharsets.UTF_8.name())
                : new InternetAddress(email, personal, StandardCharsets.UTF_8.name());
    }

    /** A message whose Message-ID stays what it was created with, however often it is saved or sent. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(String messageId) {
            super(SESSION);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
