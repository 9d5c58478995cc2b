package io.marketwatch.extract.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.extract.Texts;
import io.marketwatch.extract.company.CompanyFinder;
import io.marketwatch.extract.phrase.ParsedSentence;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummarizerTest {

    private static String summarize(String body) {
        List<ParsedSentence> sentences = Texts.parse("Vantor buys Bluepeak", body);
        return new Summarizer().summarize(sentences, new CompanyFinder().find(sentences), List.of(), List.of());
    }

    @Test
    void takesTwoOrThreeLeadSentencesInTheirOrder() {
        String summary = summarize("SEATTLE - Vantor Inc agreed on Monday to acquire Bluepeak Systems, a maker of "
                + "routing software, for $1.2 billion in cash. | The deal ends months of talks between the two "
                + "companies and gives Vantor a foothold in Europe. | Deal terms | \"This is a great day for our "
                + "customers,\" the chief executive said. | Bluepeak employs 900 people in Berlin and Lisbon and "
                + "expects revenue to grow this year. | Analysts were mixed.");

        assertThat(summary).startsWith("Vantor Inc agreed on Monday")
                .contains("The deal ends months of talks")
                .doesNotContain("Deal terms").doesNotContain("great day").doesNotContain("Analysts were mixed");
        assertThat(summary.split("(?<=\\.) ")).hasSizeBetween(2, 3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Short heading
            "Quoted words only from an executive who spoke at length today," she said.
            Is this the end of the line for the company and its many loyal customers today?
            """)
    void hasNoSummaryWithoutAStatement(String body) {
        assertThat(summarize(body)).isNull();
    }
}
