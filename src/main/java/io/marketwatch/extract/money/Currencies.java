package io.marketwatch.extract.money;

import io.marketwatch.extract.text.Texts;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The tables MoneyParser reads: currency signs and codes, currency nouns, scale words. */
final class Currencies {

    /** Whitespace including no-break spaces, as a regex character class. */
    static final String SPACE = "[\\s\\u00a0\\u202f]";

    /** Stands for the context's meaning of a bare "$". */
    static final String DOLLAR = "$";
    /** Stands for the context's meaning of a bare "¥". */
    static final String YEN = "¥";

    /** Stands for the context's meaning of a bare "crown". */
    static final String CROWN = "crown";
    /** Stands for the context's meaning of bare "pesos". */
    static final String PESO = "peso";

    /** South Africa's "R160 million": money only with a scale word or a long number, not a model's "R2". */
    static final String RAND = "R";

    /** Signs and codes written before the number ("US$29 billion", "CHF 3 billion", "Rs 1,200 crore"). */
    static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("$", DOLLAR), Map.entry("US$", "USD"), Map.entry("U.S.$", "USD"), Map.entry("USD", "USD"),
            Map.entry("A$", "AUD"), Map.entry("AU$", "AUD"), Map.entry("AUD", "AUD"),
            Map.entry("C$", "CAD"), Map.entry("CA$", "CAD"), Map.entry("CAD", "CAD"),
            Map.entry("HK$", "HKD"), Map.entry("HKD", "HKD"), Map.entry("S$", "SGD"), Map.entry("SG$", "SGD"),
            Map.entry("SGD", "SGD"), Map.entry("NZ$", "NZD"), Map.entry("NZD", "NZD"),
            Map.entry("NT$", "TWD"), Map.entry("TWD", "TWD"), Map.entry("R$", "BRL"), Map.entry("BRL", "BRL"),
            Map.entry("Mex$", "MXN"), Map.entry("MXN", "MXN"),
            Map.entry("€", "EUR"), Map.entry("EUR", "EUR"), Map.entry("£", "GBP"), Map.entry("GBP", "GBP"),
            Map.entry("¥", YEN), Map.entry("JP¥", "JPY"), Map.entry("JPY", "JPY"),
            Map.entry("CN¥", "CNY"), Map.entry("RMB", "CNY"), Map.entry("Rmb", "CNY"), Map.entry("CNY", "CNY"),
            Map.entry("₹", "INR"), Map.entry("Rs", "INR"), Map.entry("Rs.", "INR"), Map.entry("INR", "INR"),
            Map.entry("₩", "KRW"), Map.entry("KRW", "KRW"), Map.entry("CHF", "CHF"), Map.entry("SFr.", "CHF"),
            Map.entry("SEK", "SEK"), Map.entry("NOK", "NOK"), Map.entry("DKK", "DKK"),
            Map.entry("₽", "RUB"), Map.entry("RUB", "RUB"), Map.entry("₺", "TRY"), Map.entry("TRY", "TRY"),
            Map.entry("฿", "THB"), Map.entry("THB", "THB"), Map.entry("RM", "MYR"), Map.entry("MYR", "MYR"),
            Map.entry("Rp", "IDR"), Map.entry("IDR", "IDR"), Map.entry("₱", "PHP"), Map.entry("PHP", "PHP"),
            Map.entry("₪", "ILS"), Map.entry("ILS", "ILS"), Map.entry("AED", "AED"), Map.entry("SAR", "SAR"),
            Map.entry("PLN", "PLN"), Map.entry("ZAR", "ZAR"), Map.entry("VND", "VND"), Map.entry("SFr", "CHF"),
            Map.entry("Dh", "AED"), Map.entry("KSh", "KES"), Map.entry("Ksh", "KES"), Map.entry("KES", "KES"),
            Map.entry("₦", "NGN"), Map.entry("NGN", "NGN"), Map.entry("EGP", "EGP"), Map.entry("GHS", "GHS"),
            Map.entry("QAR", "QAR"), Map.entry(RAND, "ZAR"));

    /** The prefixes by their last character, longest first, for looking back from a number. */
    private static final Map<Character, List<String>> PREFIXES_BY_LAST = PREFIXES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.groupingBy(p -> p.charAt(p.length() - 1), Collectors.toList()));

    /** ISO codes accepted after the number ("13 bln USD"); case-sensitive. */
    static final String SUFFIX_CODES = "USD|EUR|GBP|JPY|CNY|RMB|INR|KRW|CHF|HKD|SGD|AUD|CAD|NZD|TWD|SEK|NOK|DKK"
            + "|BRL|MXN|RUB|TRY|THB|MYR|IDR|PHP|ILS|AED|SAR|PLN|ZAR|VND|KES|NGN|EGP|GHS|QAR";

    /** Currency nouns written after the number, singular stem → ISO code (DOLLAR: the context's). */
    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("dollar", DOLLAR), Map.entry("euro", "EUR"), Map.entry("pound", "GBP"),
            Map.entry("sterling", "GBP"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
            Map.entry("yen", "JPY"), Map.entry("won", "KRW"), Map.entry("rupee", "INR"),
            Map.entry("franc", "CHF"), Map.entry("krona", "SEK"), Map.entry("krone", "DKK"),
            Map.entry("peso", PESO), Map.entry("real", "BRL"), Map.entry("ruble", "RUB"),
            Map.entry("lira", "TRY"), Map.entry("ringgit", "MYR"), Map.entry("baht", "THB"),
            Map.entry("rupiah", "IDR"), Map.entry("rand", "ZAR"), Map.entry("zloty", "PLN"),
            Map.entry("dirham", "AED"), Map.entry("riyal", "SAR"), Map.entry("shekel", "ILS"),
            Map.entry("naira", "NGN"), Map.entry("shilling", "KES"), Map.entry("cedi", "GHS"),
            Map.entry("crown", CROWN));

    /** Written forms of the nouns, lower case → singular stem. */
    private static final Map<String, String> NOUN_FORMS = Map.ofEntries(
            Map.entry("dollars", "dollar"), Map.entry("dollar", "dollar"), Map.entry("euros", "euro"),
            Map.entry("euro", "euro"), Map.entry("d'euros", "euro"), Map.entry("pounds sterling", "pound"),
            Map.entry("pound sterling", "pound"), Map.entry("pounds", "pound"), Map.entry("sterling", "sterling"),
            Map.entry("yuan", "yuan"), Map.entry("renminbi", "renminbi"), Map.entry("yen", "yen"),
            Map.entry("won", "won"), Map.entry("rupees", "rupee"), Map.entry("rupee", "rupee"),
            Map.entry("francs", "franc"), Map.entry("franc", "franc"), Map.entry("kronor", "krona"),
            Map.entry("kronas", "krona"), Map.entry("krona", "krona"), Map.entry("kroner", "krone"),
            Map.entry("krone", "krone"), Map.entry("pesos", "peso"), Map.entry("reais", "real"),
            Map.entry("roubles", "ruble"), Map.entry("rubles", "ruble"), Map.entry("lira", "lira"),
            Map.entry("ringgit", "ringgit"), Map.entry("baht", "baht"), Map.entry("rupiah", "rupiah"),
            Map.entry("rand", "rand"), Map.entry("zlotys", "zloty"), Map.entry("zloty", "zloty"),
            Map.entry("dirhams", "dirham"), Map.entry("riyals", "riyal"), Map.entry("shekels", "shekel"),
            Map.entry("naira", "naira"), Map.entry("crowns", "crown"), Map.entry("crown", "crown"),
            Map.entry("shillings", "shilling"), Map.entry("shilling", "shilling"), Map.entry("cedis", "cedi"),
            Map.entry("cedi", "cedi"),
            // wire-agency abbreviations: "52 bln dlrs", "11.5 bln stg"
            Map.entry("dlrs", "dollar"), Map.entry("dlr", "dollar"), Map.entry("stg", "sterling"));

    /** Nationality before a noun that picks the currency ("Hong Kong dollars", "Swiss francs"). */
    static final String ADJECTIVES = "U\\.S\\.|US|American|Australian|Canadian|Hong Kong|Singapore|Singaporean"
            + "|New Zealand|New Taiwan|Taiwan|Taiwanese|Swiss|Swedish|Norwegian|Danish|Indian|Pakistani"
            + "|Mexican|Philippine|Brazilian|Chinese|Japanese|South Korean|Korean|British|Egyptian|Czech"
            + "|Saudi|Qatari|Emirati|UAE|Kenyan|Ugandan|Tanzanian|Nigerian|South African|Ghanaian|Argentine"
            + "|Chilean|Colombian";

    private static final Map<String, String> NATIONAL = Map.ofEntries(
            Map.entry("us dollar", "USD"), Map.entry("u.s. dollar", "USD"), Map.entry("american dollar", "USD"),
            Map.entry("australian dollar", "AUD"), Map.entry("canadian dollar", "CAD"),
            Map.entry("hong kong dollar", "HKD"), Map.entry("singapore dollar", "SGD"),
            Map.entry("singaporean dollar", "SGD"), Map.entry("new zealand dollar", "NZD"),
            Map.entry("taiwan dollar", "TWD"), Map.entry("new taiwan dollar", "TWD"),
            Map.entry("taiwanese dollar", "TWD"), Map.entry("norwegian krone", "NOK"),
            Map.entry("danish krone", "DKK"), Map.entry("pakistani rupee", "PKR"),
            Map.entry("philippine peso", "PHP"), Map.entry("egyptian pound", "EGP"),
            Map.entry("swedish crown", "SEK"), Map.entry("danish crown", "DKK"), Map.entry("norwegian crown", "NOK"),
            Map.entry("czech crown", "CZK"), Map.entry("saudi riyal", "SAR"), Map.entry("qatari riyal", "QAR"),
            Map.entry("emirati dirham", "AED"), Map.entry("uae dirham", "AED"), Map.entry("kenyan shilling", "KES"),
            Map.entry("ugandan shilling", "UGX"), Map.entry("tanzanian shilling", "TZS"),
            Map.entry("nigerian naira", "NGN"), Map.entry("south african rand", "ZAR"),
            Map.entry("ghanaian cedi", "GHS"), Map.entry("argentine peso", "ARS"), Map.entry("chilean peso", "CLP"),
            Map.entry("colombian peso", "COP"));

    /** Scale words and abbreviations written after the number, lower case → multiplier. */
    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("thousand", BigDecimal.TEN.pow(3)), Map.entry("k", BigDecimal.TEN.pow(3)),
            Map.entry("lakh", BigDecimal.TEN.pow(5)), Map.entry("lakhs", BigDecimal.TEN.pow(5)),
            Map.entry("million", BigDecimal.TEN.pow(6)), Map.entry("millions", BigDecimal.TEN.pow(6)),
            Map.entry("mln", BigDecimal.TEN.pow(6)), Map.entry("mn", BigDecimal.TEN.pow(6)),
            Map.entry("m", BigDecimal.TEN.pow(6)), Map.entry("mil", BigDecimal.TEN.pow(6)),
            Map.entry("mio", BigDecimal.TEN.pow(6)), Map.entry("miljon", BigDecimal.TEN.pow(6)),
            Map.entry("miljoner", BigDecimal.TEN.pow(6)),
            Map.entry("crore", BigDecimal.TEN.pow(7)), Map.entry("crores", BigDecimal.TEN.pow(7)),
            Map.entry("cr", BigDecimal.TEN.pow(7)),
            Map.entry("billion", BigDecimal.TEN.pow(9)), Map.entry("billions", BigDecimal.TEN.pow(9)),
            Map.entry("bln", BigDecimal.TEN.pow(9)), Map.entry("bn", BigDecimal.TEN.pow(9)),
            Map.entry("b", BigDecimal.TEN.pow(9)), Map.entry("milliard", BigDecimal.TEN.pow(9)),
            Map.entry("milliards", BigDecimal.TEN.pow(9)), Map.entry("miljard", BigDecimal.TEN.pow(9)),
            Map.entry("miljarder", BigDecimal.TEN.pow(9)), Map.entry("mrd", BigDecimal.TEN.pow(9)),
            Map.entry("trillion", BigDecimal.TEN.pow(12)), Map.entry("trillions", BigDecimal.TEN.pow(12)),
            Map.entry("tn", BigDecimal.TEN.pow(12)), Map.entry("trn", BigDecimal.TEN.pow(12)),
            Map.entry("tln", BigDecimal.TEN.pow(12)), Map.entry("trln", BigDecimal.TEN.pow(12)), Map.entry("lakh crore", BigDecimal.TEN.pow(12)));

    private Currencies() {
    }

    /** @return the scale words that may stand apart from the number, as a regex, longest first */
    static String scaleWords() {
        return alternation(SCALES.keySet().stream().filter(w -> w.length() > 1).toList());
    }

    /** @return the prefixes as a regex, longest first */
    static String prefixes() {
        return alternation(PREFIXES.keySet());
    }

    /** @return the prefixes whose last character is {@code last}, longest first */
    static List<String> prefixesEndingWith(char last) {
        return PREFIXES_BY_LAST.getOrDefault(last, List.of());
    }

    static BigDecimal scale(String word) {
        return SCALES.get(Texts.key(word));
    }

    static String prefix(String token, CurrencyContext context) {
        return resolve(PREFIXES.get(token), context);
    }

    /** @return the ISO code of a currency noun with its optional nationality ("Hong Kong", "dollars") */
    static String noun(String adjective, String noun, CurrencyContext context) {
        String stem = NOUN_FORMS.get(Texts.key(noun));
        if (adjective != null) {
            String national = NATIONAL.get(Texts.key(adjective) + " " + stem);
            if (national != null) {
                return national;
            }
        }
        return resolve(NOUNS.get(stem), context);
    }

    /** "pounds" alone may be a weight: only "sterling" makes it money without a scale word. */
    static boolean isBarePound(String noun) {
        String form = Texts.key(noun);
        return form.startsWith("pound") && !form.endsWith("sterling");
    }

    /** @return the currency nouns as a regex, longest first */
    static String nouns() {
        return alternation(NOUN_FORMS.keySet()).replace("'", "\\E['’]\\Q");
    }

    private static String alternation(Collection<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> Pattern.quote(w).replace(" ", "\\E" + SPACE + "+\\Q"))
                .collect(Collectors.joining("|"));
    }

    private static String resolve(String code, CurrencyContext context) {
        if (DOLLAR.equals(code)) {
            return context.dollar();
        }
        if (YEN.equals(code)) {
            return context.yen();
        }
        if (CROWN.equals(code)) {
            return context.crown();
        }
        if (PESO.equals(code)) {
            return context.peso();
        }
        return code;
    }
}
