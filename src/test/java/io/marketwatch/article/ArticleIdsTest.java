package io.marketwatch.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Acme  opens\tplant", "  Acme opens plant \n", "Acme\r\n\r\nopens\u000Bplant\f",
        "Acme\u00A0opens\u2028plant", "\u2003Acme opens plant\u2003", "", "Ünïcödé 株式会社\t\tplant"})
    void foldsWhitespaceLikeTheRegexItReplaces(String text) throws Exception {
        String key = text.strip().replaceAll("\\s+", " ") + "\u0000" + "https://x" + "\u0000"
                + ("Body\n\n" + text).strip().replaceAll("\\s+", " ");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));

        assertThat(ArticleIds.of(text, " https://x ", "Body\n\n" + text)).isEqualTo(HexFormat.of().formatHex(digest, 0, 8));
    }
}
