package io.marketwatch.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigestPropertiesTest {

    private static DigestProperties with(String from, String unsubscribe, String domain) {
        return new DigestProperties(from, unsubscribe, domain, 3, Duration.ofSeconds(1), Duration.ofMinutes(10));
    }

    @Test
    void withoutAnUnsubscribeLinkOrDomainTheSendersAreUsed() {
        DigestProperties properties = with("Market Watch <digest@news.example.com>", "", "");

        assertThat(properties.unsubscribeFor("ada@example.com"))
                .isEqualTo("mailto:digest@news.example.com?subject=unsubscribe");
        assertThat(properties.messageIdDomain()).isEqualTo("news.example.com");
    }

    @Test
    void theRecipientIsFilledIntoTheUnsubscribeLinkEncoded() {
        DigestProperties properties = with("digest@example.com", "https://example.com/u?email={email}", "mail.example.com");

        assertThat(properties.unsubscribeFor("ada+news@example.com")).isEqualTo("https://example.com/u?email=ada%2Bnews%40example.com");
        assertThat(properties.messageIdDomain()).isEqualTo("mail.example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/u", "https://example.com/u\r\nBcc: x@example.com", "https://example.com/<u>",
            "javascript:alert(1)"})
    void unsubscribeLinksThatAreNotMailtoOrWebOrHoldBreaksAreRejected(String link) {
        assertThatThrownBy(() -> with("digest@example.com", link, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("marketwatch.digest.unsubscribe");
    }

    @Test
    void aSenderThatIsNoAddressIsRejected() {
        assertThatThrownBy(() -> with("Market Watch", "", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("marketwatch.digest.from");
    }

    @Test
    void messageIdsDependOnWeekRecipientAndDomainOnly() {
        String id = MessageIds.of(DigestFixtures.W14, "ada@example.com", "example.com");

        assertThat(id).matches("<digest\\.2025-W14\\.[0-9a-f]{24}@example\\.com>").doesNotContain("ada");
        assertThat(MessageIds.of(DigestFixtures.W14, "ada@example.com", "example.com")).isEqualTo(id);
        assertThat(MessageIds.of(DigestFixtures.W13, "ada@example.com", "example.com")).isNotEqualTo(id);
        assertThat(MessageIds.of(DigestFixtures.W14, "bob@example.com", "example.com")).isNotEqualTo(id);
    }
}
