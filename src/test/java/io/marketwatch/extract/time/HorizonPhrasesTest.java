package io.marketwatch.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HorizonPhrasesTest {

    /** Each case: a sentence and the horizon expected in it ("-" for none). */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            It plans to invest 380 billion yuan in computing infrastructure over the coming years. => over the coming years
            Ford will invest $5 billion over the next four years in Europe.                      => over the next four years
            It will invest 4.1 trillion won (US$3.1 billion) through 2026 to build a line.       => through 2026
            The utility will spend $20 billion by 2030.                                          => by 2030
            It will invest 50 billion yuan over a period of at least ten years.                  => over a period of at least ten years
            It will invest 50 billion yuan over a period of at least ten years counted from 2021. => over a period of at least ten years counted from 2021
            It expects the transaction to close by the end of 2025.                              => by the end of 2025
            The companies expect it to close in the first quarter of calendar 2022.              => in the first quarter of calendar 2022
            UOB expects completion between mid-2022 and early 2024, depending on approvals.      => between mid-2022 and early 2024
            The transaction is expected to be completed within this quarter.                     => within this quarter
            The deal is expected to take nine to 12 months to complete.                          => nine to 12 months
            Completion is targeted for the middle of 2023, subject to approval.                  => for the middle of 2023
            It will spend $2 billion over five years.                                            => over five years
            Tencent paid A$300 million for a 5 per cent stake in 2020.                           => -
            The company said on Tuesday it would invest more.                                    => -
            """)
    void findsTheHorizonAsWritten(String sentence, String horizon) {
        assertThat(HorizonPhrases.find(sentence).orElse("-")).isEqualTo(horizon);
    }
}
