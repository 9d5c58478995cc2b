package io.marketwatch.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped fonts draw Latin, the currency signs, and Chinese, Japanese and Korean names. */
class BriefingFontsTest {

    private static BriefingFonts fonts;

    @BeforeAll
    static void load() {
        fonts = BriefingFonts.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alibaba Group", "Société Générale", "Ørsted A/S", "Сбербанк", "Ελληνικά",
            "$ € £ ¥ ₹ ₩ CN¥", "“as early as this month” — …"})
    void theBodyFontDrawsLatinGreekCyrillicAndTheCurrencySigns(String text) {
        text.codePoints().forEach(c -> assertThat(fonts.fallbackFamily(c)).as("U+%04X", c).isNull());
        assertThat(fonts.chartFont(text, false, 8f).canDisplayUpTo(text)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"阿里巴巴", "小米集团", "ソニー", "삼성전자", "日本経済新聞"})
    void theCjkFontDrawsWhatTheBodyFontLacks(String text) {
        text.codePoints().forEach(c -> assertThat(fonts.fallbackFamily(c)).isEqualTo(BriefingFonts.CJK));
        Font font = fonts.chartFont(text, false, 8f);
        assertThat(font.canDisplayUpTo(text)).isEqualTo(-1);
        assertThat(font.getFamily()).isEqualTo(BriefingFonts.CJK);
    }

    @Test
    void chartLabelsMixingScriptsUseTheCjkFontWhichAlsoDrawsLatin() {
        assertThat(fonts.chartFont("小米 SU7 Ultra (小米集团)", false, 8f).canDisplayUpTo("小米 SU7 Ultra (小米集团)"))
                .isEqualTo(-1);
    }
}
