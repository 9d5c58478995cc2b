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

    /** {@code s.strip()} with each run of ASCII whitespace (what regex {@code \s} matches) folded to one space. */
    private static String fold(String s) {
        if (s == null) {
            return "";
        }
        String stripped = s.strip();
        StringBuilder folded = new StringBuilder(stripped.length());
        boolean inRun = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!space) {
                folded.append(c);
            } else if (!inRun) {
                folded.append(' ');
            }
            inRun = space;
        }
        return folded.toString();
    }
}
