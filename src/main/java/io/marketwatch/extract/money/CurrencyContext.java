package io.marketwatch.extract.money;

import java.util.Locale;
import java.util.Set;

/**
 * What the ambiguous symbols mean in one article.
 *
 * @param dollar ISO code of a bare "$" (USD unless the caller knows better)
 * @param yen    ISO code of a bare "¥": JPY in a Japanese context, CNY in a Chinese one
 */
public record CurrencyContext(String dollar, String yen) {

    /** A bare "$" is USD, a bare "¥" is JPY. */
    public static final CurrencyContext DEFAULT = new CurrencyContext("USD", "JPY");

    private static final Set<String> JAPAN = Set.of("yen", "japan", "japanese", "tokyo", "osaka", "kyoto", "nikkei");
    private static final Set<String> CHINA = Set.of("yuan", "rmb", "renminbi", "china", "chinese", "beijing",
            "shanghai", "shenzhen", "hangzhou", "guangzhou", "mainland");

    /**
     * Decides from the whole article: a bare "¥" is CNY when Chinese cues (yuan, RMB, China, Beijing …)
     * outnumber Japanese ones (yen, Japan, Tokyo …), else JPY; the currency words "yen" and "yuan"
     * count three times. A bare "$" stays USD (other dollars are written A$, HK$, S$ …).
     */
    public static CurrencyContext of(String articleText) {
        int japan = 0;
        int china = 0;
        int n = articleText.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(articleText.charAt(i))) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < n && Character.isLetter(articleText.charAt(e))) {
                e++;
            }
            if (e - i >= 3 && e - i <= 9) {
                String word = articleText.substring(i, e).toLowerCase(Locale.ROOT);
                if (JAPAN.contains(word)) {
                    japan += word.equals("yen") ? 3 : 1;
                } else if (CHINA.contains(word)) {
                    china += word.equals("yuan") ? 3 : 1;
                }
            }
            i = e;
        }
        return new CurrencyContext("USD", china > japan ? "CNY" : "JPY");
    }
}
