package io.marketwatch.extract.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zentrix’s chief executive             | Zentrix;chief;executive           | true
            AT&T and Disney+ shares               | AT&T;and;Disney+;shares           | false
            a Kyoto-based maker                   | a;Kyoto;-;based;maker             | false
            Rs 12,325 crore in 2.5 years          | Rs;12,325;crore;in;2.5;years      | false
            the U.S. market                       | the;U.S;.;market                  | false
            M_Service JSC raised funds            | M_Service;JSC;raised;funds        | false
            Vantors' chief executive              | Vantors;chief;executive           | true
            Lumoras’ new plant                    | Lumoras;new;plant                 | true
            Co.'s Voltra hatchback                | Co;Voltra;hatchback               | true
            U.S.’s biggest lender                 | U.S;biggest;lender                | true
            Inc.'                                 | Inc;.;'                           | false
            """)
    void splitsWordsNumbersAndPossessives(String sentence, String expected, boolean firstPossessive) {
        List<Token> tokens = Tokenizer.tokens(sentence);
        assertThat(tokens).extracting(Token::text).containsExactly(expected.split(";"));
        assertThat(tokens.get(0).possessive()).isEqualTo(firstPossessive);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            its 'Lumora Tabs' line sold well       | Tabs
            the ‘Vantor Phones’ brand was new      | Phones
            """)
    void keepsAClosingSingleQuoteAfterAnOpeningOne(String sentence, String word) {
        List<Token> tokens = Tokenizer.tokens(sentence);
        Token t = tokens.stream().filter(x -> x.text().equals(word)).findFirst().orElseThrow();
        assertThat(t.possessive()).isFalse();
        assertThat(tokens.get(tokens.indexOf(t) + 1).isPunct()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Alibaba | true
            iPhone  | true
            DeepSeek| true
            HSBC    | true
            market  | false
            5G      | false
            """)
    void tellsWordsThatCouldBePartOfAName(String word, boolean namelike) {
        assertThat(Tokenizer.tokens(word).get(0).isNamelike()).isEqualTo(namelike);
    }
}
