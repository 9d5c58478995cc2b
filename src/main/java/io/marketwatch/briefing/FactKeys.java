package io.marketwatch.briefing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Keys of facts within their article: a digest of the article's id, the evidence sentence and what
 * the fact is about (the amount of an investment, the product of a launch). The article id is a
 * digest of the article's content, so the same fact of the same article gets the same key on every
 * run, after a restart, whatever the thread count. Two facts of one article with the same key (one
 * sentence stating the same amount twice) are told apart by their order in the article.
 */
final class FactKeys {

    private final Map<String, Integer> seen = new HashMap<>();

    /** The key of the next investment of an article ("i-" and 12 hex digits). */
    String investment(String articleId, String evidence, String amount) {
        return next("i-", articleId, evidence, amount);
    }

    /** The key of the next launch of an article ("l-" and 12 hex digits). */
    String launch(String articleId, String evidence, String productKey) {
        return next("l-", articleId, evidence, productKey);
    }

    private String next(String prefix, String articleId, String evidence, String subject) {
        String key = prefix + digest(articleId + "\u0000" + (evidence == null ? "" : evidence.strip()) + "\u0000" + subject);
        int n = seen.merge(key, 1, Integer::sum);
        return n == 1 ? key : key + "-" + n;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
