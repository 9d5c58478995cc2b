package io.marketwatch.digest;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the digest mail ({@code marketwatch.digest.*}); the SMTP server itself is Spring
 * Boot's {@code spring.mail.*}.
 *
 * @param from            the sender, "Market Watch &lt;digest@example.com&gt;"
 * @param unsubscribe     a mailto: or http(s): link for List-Unsubscribe and the mail's footer, where
 *                        {email} stands for the recipient's address; empty for a mailto: to the sender
 * @param messageIdDomain the domain of Message-IDs; empty for the sender's domain
 * @param attempts        SMTP attempts per recipient in one run
 * @param retryDelay      the wait after the first failed attempt; it doubles after each further one
 * @param sendingTimeout  how long a send another run started counts as still going on: after that
 *                        a recipient left "sending" is treated as an interrupted send (docs/digest.md)
 */
@ConfigurationProperties("marketwatch.digest")
public record DigestProperties(@DefaultValue("Market Watch <digest@localhost>") String from,
                               @DefaultValue("") String unsubscribe,
                               @DefaultValue("") String messageIdDomain,
                               @DefaultValue("3") int attempts,
                               @DefaultValue("1s") Duration retryDelay,
                               @DefaultValue("10m") Duration sendingTimeout) {

    public DigestProperties {
        InternetAddress sender = sender(from);
        unsubscribe = unsubscribe == null || unsubscribe.isBlank()
                ? "mailto:" + sender.getAddress() + "?subject=unsubscribe" : unsubscribe.strip();
        if (!unsubscribe.matches("(?i)(mailto:|https?://)\\S+") || unsubscribe.contains("<") || unsubscribe.contains(">")) {
            throw new IllegalArgumentException("marketwatch.digest.unsubscribe must be a mailto: or http(s):// link "
                    + "without spaces or angle brackets: " + unsubscribe);
        }
        messageIdDomain = messageIdDomain == null || messageIdDomain.isBlank()
                ? sender.getAddress().substring(sender.getAddress().lastIndexOf('@') + 1) : messageIdDomain.strip();
        if (!messageIdDomain.matches("[A-Za-z0-9.-]+")) {
            throw new IllegalArgumentException("marketwatch.digest.message-id-domain is not a domain: " + messageIdDomain);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("marketwatch.digest.attempts must be at least 1: " + attempts);
        }
        if (retryDelay.isNegative() || sendingTimeout.isNegative()) {
            throw new IllegalArgumentException("marketwatch.digest durations must not be negative");
        }
    }

    InternetAddress sender() {
        return sender(from);
    }

    /** The unsubscribe link for a recipient. */
    String unsubscribeFor(String email) {
        String link = unsubscribe.replace("{email}", URLEncoder.encode(email, StandardCharsets.UTF_8));
        return URI.create(link).toString();
    }

    private static InternetAddress sender(String from) {
        try {
            InternetAddress sender = new InternetAddress(from, true);
            sender.validate();
            return sender;
        } catch (AddressException e) {
            throw new IllegalArgumentException("marketwatch.digest.from is not a mail address: " + from, e);
        }
    }
}
