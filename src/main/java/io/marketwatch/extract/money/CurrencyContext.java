package io.marketwatch.extract.money;

import java.util.Locale;
import java.util.Set;

/**
 * What the ambiguous symbols mean in one article.
 *
 * @param dollar ISO code of a bare "$" (USD unless the caller knows better)
 * @param yen    ISO code of a bare "¥": JPY in a Japanese context, CNY in a Chinese one
 * @param crown  ISO code of a bare "crowns": DKK, NOK or SEK by the country the article is about
 */
public record CurrencyContext(String dollar, String yen, String crown) {

    /** A bare "$" is USD, a bare "¥" is JPY, bare "crowns" are SEK. */
    public static final CurrencyContext DEFAULT = new CurrencyContext("USD", "JPY", "SEK");

    private static final Set<String> JAPAN = Set.of("yen", "japan", "japanese", "tokyo", "osaka", "kyoto", "nikkei");
    private static final Set<String> CHINA = Set.of("yuan", "rmb", "renminbi", "china", "chinese", "beijing",
            "shanghai", "shenzhen", "hangzhou", "guangzhou", "mainland");
    private static final Set<String> DENMARK = Set.of("denmark", "danish", "copenhagen");
    private static final Set<String> NORWAY = Set.of("norway", "norwegian", "oslo", "equinor");
    private static final Set<String> SWEDEN = Set.of("sweden", "swedish", "stockholm", "gothenburg");

    /** A context with bare "crowns" read as Swedish. */
    public CurrencyContext(String dollar, String yen) {
        this(dollar, yen, "SEK");
    }

    /**
     * The context of one article, reading its text only when it holds an ambiguous sign ("¥") or
     * word ("crown"): the common case costs two scans for a character and a word.
     */
    public static CurrencyContext forArticle(String title, String body) {
        boolean yen = body.indexOf('\u00a5') >= 0 || title.indexOf('\u00a5') >= 0;
        boolean crown = body.contains("crown") || title.contains("crown");
        return yen || crown ? of(title + "\n" + body) : DEFAULT;
    }

    /**
     * Decides from the whole article: a bare "¥" is CNY when Chinese cues (yuan, RMB, China, Beijing …)
     * outnumber Japanese ones (yen, Japan, Tokyo …), else JPY; the currency words "yen" and "yuan"
     * count three times. Bare "crowns" are those of the Nordic country named most (Swedish when
     * none is). A bare "$" stays USD (other dollars are written A$, HK$, S$ …).
     */
    public static CurrencyContext of(String articleText) {
        int japan = 0;
        int china = 0;
        int[] nordic = new int[3];
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
            if (e - i >= 3 && e - i <= 10) {
                String word = articleText.substring(i, e).toLowerCase(Locale.ROOT);
                if (JAPAN.contains(word)) {
                    japan += word.equals("yen") ? 3 : 1;
                } else if (CHINA.contains(word)) {
                    china += word.equals("yuan") ? 3 : 1;
                } else if (DENMARK.contains(word)) {
                    nordic[0]++;
                } else if (NORWAY.contains(word)) {
                    nordic[1]++;
                } else if (SWEDEN.contains(word)) {
                    nordic[2]++;
                }
            }
            i = e;
        }
        String crown = nordic[0] > nordic[2] && nordic[0] >= nordic[1] ? "DKK"
                : nordic[1] > nordic[2] && nordic[1] > nordic[0] ? "NOK" : "SEK";
        return new CurrencyContext("USD", china > japan ? "CNY" : "JPY", crown);
    }
}
