package io.marketwatch.extract.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemsTest {

    @ParameterizedTest
    @CsvSource({"acquiring, acquir", "invested, invest", "shares, share", "business, business", "sing, sing",
            "red, red", "bus, bus", "raises, raise"})
    void cutsTheCommonestInflections(String word, String stem) {
        assertThat(Stems.of(word)).isEqualTo(stem);
    }
}
