package io.marketwatch.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextSimilarityTest {

    @ParameterizedTest(name = "{2}: {0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Nordwind Rail agreed to buy Kessel Freight for 1.2 billion euros. | Kessel Freight is to be bought by Nordwind Rail for 1.2 billion euros, the companies said. | true
            Nordwind Rail agreed to buy Kessel Freight for 1.2 billion euros. | Nordwind Rail will open a depot in Gdansk next spring, its chief executive said.     | false
            Harbour Freight to invest $40 million in Rotterdam warehouse       | Harbour Freight said on Tuesday it would invest $40 million in a new warehouse in Rotterdam. | true
            Shares rose 4%.                                                   | Shares fell 4%.                                                                    | false
            Shares rose 4%.                                                   | Shares rose 4%.                                                                    | true
            """)
    void theSameStoryToldTwiceIsTheSame(String a, String b, boolean same) {
        assertThat(TextSimilarity.same(a, b)).isEqualTo(same);
        assertThat(TextSimilarity.same(b, a)).isEqualTo(same);
    }
}
