package io.marketwatch.extract.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListTest {

    private final WordList delays = WordList.of("put off", "pushed back", "delayed", "put on hold");

    @Test
    void firstWordsAreTheWordsEntriesStartWith() {
        assertThat(delays.firstWords()).containsExactlyInAnyOrder("put", "pushed", "delayed");
    }

    @Test
    void matchesTheLongestEntryAtAToken() {
        List<Token> tokens = Tokenizer.tokens("They put the plan on hold and put off the launch.");
        assertThat(delays.matchAt(tokens, 1)).isZero();
        assertThat(delays.matchAt(tokens, 7)).isEqualTo(2);
    }
}
