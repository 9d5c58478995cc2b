package io.marketwatch.extract.money;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the ambiguous symbols mean in one article.
 *
 * @param dollar ISO code of a bare "$" (USD unless the caller knows better)
 * @param yen    ISO code of a bare "¥": JPY in a Japanese context, CNY in a Chinese one
 * @param crown  ISO code of a bare "crowns": DKK, NOK or SEK by the country the article is about
 * @param peso   ISO code of bare "pesos": PHP, ARS, CLP or COP by the country the article is about, else MXN
 */
public record CurrencyContext(String dollar, String yen, String crown, String peso) {

    /** A bare "$" is USD, a bare "¥" is JPY, bare "crowns" are SEK, bare "pesos" MXN. */
    public static final CurrencyContext DEFAULT = new CurrencyContext("USD", "JPY", "SEK", "MXN");

    private static final Set<String> JAPAN = Set.of("yen", "japan", "japanese", "tokyo", "osaka", "kyoto", "nikkei");
    private static final Set<String> CHINA = Set.of("yuan", "rmb", "renminbi", "china", "chinese", "beijing",
            "shanghai", "shenzhen", "hangzhou", "guangzhou", "mainland");
    private static final Set<String> DENMARK = Set.of("denmark", "danish", "copenhagen");
    private static final Set<String> NORWAY = Set.of("norway", "norwegian", "oslo", "equinor");
    private static final Set<String> SWEDEN = Set.of("sweden", "swedish", "stockholm", "gothenburg");
    /** The countries of pesos other than Mexico's, each with the words that name it. */
    private static final List<PesoCountry> PESOS = List.of(
            new PesoCountry("PHP", Set.of("philippines", "philippine", "manila", "filipino")),
            new PesoCountry("ARS", Set.of("argentina", "argentine", "argentinian", "buenos")),
            new PesoCountry("CLP", Set.of("chile", "chilean", "santiago")),
            new PesoCountry("COP", Set.of("colombia", "colombian", "bogota", "bogotá", "medellin", "medellín")));
    private static final Set<String> MEXICO = Set.of("mexico", "mexican");
    private static final int LONGEST_CUE = 11;

    /** A context with bare "crowns" read as Swedish and bare "pesos" as Mexican. */
    public CurrencyContext(String dollar, String yen) {
        this(dollar, yen, "SEK", "MXN");
    }

    /**
     * The context of one article, reading its text only when it holds an ambiguous sign ("¥") or
     * word ("crown", "peso"): the common case costs three scans for a character and two words.
     */
    public static CurrencyContext forArticle(String title, String body) {
        boolean yen = body.indexOf('\u00a5') >= 0 || title.indexOf('\u00a5') >= 0;
        boolean crown = body.contains("crown") || title.contains("crown");
        boolean peso = body.contains("peso") || title.contains("peso");
        return yen || crown || peso ? of(title + "\n" + body) : DEFAULT;
    }

    /**
     * Decides from the whole article: a bare "¥" is CNY when Chinese cues (yuan, RMB, China, Beijing …)
     * outnumber Japanese ones (yen, Japan, Tokyo …), else JPY; the currency words "yen" and "yuan"
     * count three times. Bare "crowns" are those of the Nordic country named most (Swedish when
     * none is). Bare "pesos" are those of the country named most among the Philippines, Argentina,
     * Chile and Colombia when it is named more than Mexico, else Mexican. A bare "$" stays USD (other
     * dollars are written A$, HK$, S$ …).
     */
    public static CurrencyContext of(String articleText) {
        int japan = 0;
        int china = 0;
        int[] nordic = new int[3];
        int[] pesos = new int[PESOS.size()];
        int mexico = 0;
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
            if (e - i >= 3 && e - i <= LONGEST_CUE) {
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
                } else if (MEXICO.contains(word)) {
                    mexico++;
                } else {
                    for (int c = 0; c < PESOS.size(); c++) {
                        pesos[c] += PESOS.get(c).cues().contains(word) ? 1 : 0;
                    }
                }
            }
            i = e;
        }
        String crown = nordic[0] > nordic[2] && nordic[0] >= nordic[1] ? "DKK"
                : nordic[1] > nordic[2] && nordic[1] > nordic[0] ? "NOK" : "SEK";
        int most = 0;
        for (int c = 1; c < PESOS.size(); c++) {
            most = pesos[c] > pesos[most] ? c : most;
        }
        String peso = pesos[most] > mexico ? PESOS.get(most).code() : "MXN";
        return new CurrencyContext("USD", china > japan ? "CNY" : "JPY", crown, peso);
    }

    /** A country whose currency is a peso: its ISO code and the words that name the country. */
    private record PesoCountry(String code, Set<String> cues) {
    }
}
