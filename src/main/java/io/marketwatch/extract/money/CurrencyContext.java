package io.marketwatch.extract.money;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the ambiguous symbols mean in one article.
 *
 * @param dollar ISO code of a bare "$" (USD unless the caller knows better)
 * @param yen    ISO code of a bare "¥": JPY in a Japanese context, CNY in a Chinese one
 */
public record CurrencyContext(String dollar, String yen) {

    /** A bare "$" is USD, a bare "¥" is JPY. */
    public static final CurrencyContext DEFAULT = new CurrencyContext("USD", "JPY");

    private static final Pattern JAPAN = Pattern.compile(
            "\\b(?:yen|japan|japanese|tokyo|osaka|kyoto|nikkei)\\b");
    private static final Pattern CHINA = Pattern.compile(
            "\\b(?:yuan|rmb|renminbi|china|chinese|beijing|shanghai|shenzhen|hangzhou|guangzhou|mainland)\\b");

    /**
     * Decides from the whole article: a bare "¥" is CNY when Chinese cues (yuan, RMB, China, Beijing …)
     * outnumber Japanese ones (yen, Japan, Tokyo …), else JPY; the currency words "yen" and "yuan"
     * count three times. A bare "$" stays USD (other dollars are written A$, HK$, S$ …).
     */
    public static CurrencyContext of(String articleText) {
        String text = articleText.toLowerCase(Locale.ROOT);
        int japan = cues(JAPAN, text, "yen");
        int china = cues(CHINA, text, "yuan");
        return new CurrencyContext("USD", china > japan ? "CNY" : "JPY");
    }

    private static int cues(Pattern pattern, String text, String currencyWord) {
        int score = 0;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            score += m.group().equals(currencyWord) ? 3 : 1;
        }
        return score;
    }
}
