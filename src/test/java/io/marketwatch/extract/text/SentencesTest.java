package io.marketwatch.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {

    /** Each case: a body and its expected sentences joined by " | ". */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            Sony said so. Kadokawa agreed.                                 => Sony said so. | Kadokawa agreed.
            Really? Yes! Fine.                                             => Really? | Yes! | Fine.
            Apple Inc. said it would. Mr. Cook agreed.                     => Apple Inc. said it would. | Mr. Cook agreed.
            Shares of Apple Inc. The company fell.                         => Shares of Apple Inc. | The company fell.
            It bought Acme Corp. Investors cheered.                        => It bought Acme Corp. Investors cheered.
            Sales in the U.S. But not in Europe.                           => Sales in the U.S. | But not in Europe.
            The U.S. Federal Reserve held rates.                           => The U.S. Federal Reserve held rates.
            Dr. Smith and Ms. Jones met on Jan. 7 at 9 a.m. Then they left. => Dr. Smith and Ms. Jones met on Jan. 7 at 9 a.m. Then they left.
            It raised $1.2bn in 8.6th-generation lines. It grew 5.5%.      => It raised $1.2bn in 8.6th-generation lines. | It grew 5.5%.
            He joined J. P. Morgan in 2019. He left in 2021.               => He joined J. P. Morgan in 2019. | He left in 2021.
            It plans the I.D. Crest for 2026. The I.D. Nova comes first.   => It plans the I.D. Crest for 2026. | The I.D. Nova comes first.
            He joined J.P. Morgan in 2019. He left in 2021.                => He joined J.P. Morgan in 2019. | He left in 2021.
            The race is on, e.g. in AI. No. 1 is Alibaba.                  => The race is on, e.g. in AI. | No. 1 is Alibaba.
            Approx. 300 people. 2024 was hard.                             => Approx. 300 people. | 2024 was hard.
            Mario vs. Sonic. Sumo paid 513p. The deal closed.              => Mario vs. Sonic. | Sumo paid 513p. | The deal closed.
            “It is a moment to reassert.” He said so.                      => “It is a moment to reassert.” | He said so.
            "It is over," he said. "We start again."                       => "It is over," he said. | "We start again."
            It grew (by a lot.) Then it fell.                              => It grew (by a lot.) | Then it fell.
            Wait... What happened?                                         => Wait... | What happened?
            it was lower. and then more                                    => it was lower. and then more
            """)
    void splitsInsideALine(String body, String expected) {
        assertThat(texts(Sentences.split(body))).isEqualTo(expected);
    }

    @Test
    void lineBreaksAndHeadingsAreSentencesAndBlankLinesStartParagraphs() {
        String body = "Alibaba gears up\n"
                + "## A bigger screen, familiar shape\n"
                + "\n"
                + "**Ubisoft is carving out a company.**\n"
                + "- a bullet point\n"
                + "2. A numbered point. With two sentences\n"
                + "\n\n"
                + "Last line. Another one";
        List<Sentence> sentences = Sentences.split(body);
        assertThat(texts(sentences)).isEqualTo("Alibaba gears up | A bigger screen, familiar shape"
                + " | Ubisoft is carving out a company. | a bullet point | A numbered point. | With two sentences"
                + " | Last line. | Another one");
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 0, 1, 1, 1, 1, 2, 2);
        for (Sentence s : sentences) {
            assertThat(body.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void windowsLineEndsAndNonBreakingSpacesAreWhitespace() {
        List<Sentence> sentences = Sentences.split("First one.\u00a0Second one.\r\n\r\nThird.");
        assertThat(texts(sentences)).isEqualTo("First one. | Second one. | Third.");
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
    }

    @Test
    void emptyAndBlankBodiesHaveNoSentences() {
        assertThat(Sentences.split("")).isEmpty();
        assertThat(Sentences.split(" \n\n \t\n")).isEmpty();
    }

    private static String texts(List<Sentence> sentences) {
        return String.join(" | ", sentences.stream().map(Sentence::text).toList());
    }
}
