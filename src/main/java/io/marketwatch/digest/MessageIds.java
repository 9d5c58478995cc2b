package io.marketwatch.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Message-IDs that depend only on the week, the recipient and a domain, so every attempt to send
 * one recipient one week's digest carries the same id and receiving systems can drop copies.
 */
final class MessageIds {

    private MessageIds() {
    }

    /** "&lt;digest.2025-W14.3f1c…@example.com&gt;": the recipient appears only as a hash. */
    static String of(IsoWeek week, String recipientKey, String domain) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(recipientKey.getBytes(StandardCharsets.UTF_8));
            return "<digest." + week + "." + HexFormat.of().formatHex(hash, 0, 12) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
