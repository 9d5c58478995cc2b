package io.marketwatch.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Derives stable article ids from content, so that the same story read twice gets one id. */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** A 16-hex-digit id from the title, url and body (whitespace folded, case kept). */
    public static String of(String title, String url, String body) {
        String key = fold(title) + "\u0000" + (url == null ? "" : url.strip()) + "\u0000" + fold(body);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static String fold(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
