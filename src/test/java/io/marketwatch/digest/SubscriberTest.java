package io.marketwatch.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubscriberTest {

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "ada.lovelace+digest@mail.example.co.uk", "\"ada l\"@example.com",
            "ada@localhost"})
    void validAddressesAreKeptAsWritten(String email) {
        assertThat(Subscriber.of(" " + email + " ", null, null).email()).isEqualTo(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ada", "ada@", "@example.com", "ada@example..com", "ada lovelace@example.com",
            "Ada <ada@example.com>", "ada@example.com, bob@example.com", "ada@example.com\r\nBcc: eve@example.com"})
    void invalidAddressesAreRejected(String email) {
        assertThatThrownBy(() -> Subscriber.of(email, "Ada", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ada\\r\\nBcc: eve@example.com | Ada Bcc: eve@example.com",
            "  Ada \\t Lovelace  | Ada Lovelace",
            "Ada\\u2028Lovelace | Ada Lovelace",
            "'' | ''"})
    void namesAreKeptOnOneLine(String name, String expected) {
        String unescaped = name.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t").replace("\\u2028", "\u2028");

        assertThat(Subscriber.of("ada@example.com", unescaped, "").name()).isEqualTo(expected);
    }

    @Test
    void longNamesAreCut() {
        assertThat(Subscriber.of("ada@example.com", "A".repeat(500), "").name()).hasSize(Subscriber.MAX_NAME);
    }

    @Test
    void theWatchlistIsSplitOnSemicolonsAndTheKeyIsLowerCase() {
        Subscriber subscriber = Subscriber.of("Ada@Example.com", "Ada", " Alibaba Group ;; tencent ;");

        assertThat(subscriber.watchlist()).isEqualTo(List.of("Alibaba Group", "tencent"));
        assertThat(subscriber.key()).isEqualTo("ada@example.com");
    }
}
