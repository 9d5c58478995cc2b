package io.marketwatch.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "=1+1|true", "+44 20 7946 0000|true", "-5% on the day|true", "@handle said|true",
            "Alibaba =1|false", "' =1+1'|false", "''|false", "5 billion|false"})
    void formulaLikeTextIsTheTextExcelWouldReadAsAFormula(String text, boolean formulaLike) {
        assertThat(CellText.looksLikeFormula(text)).isEqualTo(formulaLike);
    }

    @Test
    void charactersXmlCannotCarryAreDropped() {
        assertThat(CellText.of("Q3\u0000 results\u0007\tup\nand \uFFFE ok \uD83D\uDE80 \uD800x"))
                .isEqualTo("Q3 results\tup\nand  ok \uD83D\uDE80 x");
    }

    @Test
    void textWithinTheLimitIsKeptWhole() {
        String text = "x".repeat(CellText.MAX_CHARS);
        assertThat(CellText.of(text)).isSameAs(text);
    }

    @Test
    void longerTextIsCutToTheLimitWithAMarker() {
        String cut = CellText.of("y".repeat(CellText.MAX_CHARS + 1));
        assertThat(cut).hasSize(CellText.MAX_CHARS).endsWith(CellText.TRUNCATION_MARKER).startsWith("yyyy");
    }

    @Test
    void theCutNeverSplitsACharacterOutsideTheBasicPlane() {
        int cutAt = CellText.MAX_CHARS - CellText.TRUNCATION_MARKER.length();
        String text = "a".repeat(cutAt - 1) + "\uD83D\uDE80" + "b".repeat(100);
        String cut = CellText.of(text);
        assertThat(cut).hasSizeLessThanOrEqualTo(CellText.MAX_CHARS).endsWith("a" + CellText.TRUNCATION_MARKER);
    }
}
