package io.marketwatch.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The normalizations of score.py: company names, titles, product words. */
final class Normal {

    private static final Set<String> SUFFIXES = Set.of(
            "inc", "incorporated", "ltd", "limited", "corp", "corporation", "co", "company", "plc",
            "ag", "se", "sa", "nv", "bv", "llc", "lp", "llp", "gmbh", "group", "holding", "holdings", "the",
            "pvt", "private", "pte", "pty", "sdn", "bhd", "kk", "oyj", "ab", "asa", "spa", "srl", "sarl");
    private static final Set<String> PRODUCT_STOP = Set.of("the", "a", "an", "new", "its", "of");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("\\b((?:\\w\\.){2,})", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COMBINING_MARK = Pattern.compile("\\p{M}");

    private Normal() {
    }

    /** Python's {@code casefold()} after NFKC, close enough for product words. */
    static String lower(String s) {
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return nfkc.toLowerCase(Locale.ROOT).replace("\u00df", "ss");
    }

    /** score.py's fold: case and accents folded, so "L'Oréal" and "L'OREAL" read alike. */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(lower(s), Normalizer.Form.NFKD);
        return COMBINING_MARK.matcher(decomposed).replaceAll("");
    }

    /** "s.a." reads as "sa", as score.py reads dotted abbreviations. */
    private static String undot(String s) {
        return DOTTED_ABBREVIATION.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1).replace(".", "")));
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** norm_name: folded words without legal suffixes at the end and "the" at the start. */
    static String name(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        List<String> words = words(POSSESSIVE.matcher(undot(fold(s))).replaceAll(""));
        int end = words.size();
        while (end > 0 && SUFFIXES.contains(words.get(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && words.get(start).equals("the")) {
            start++;
        }
        return String.join(" ", words.subList(start, end));
    }

    static String title(String s) {
        return String.join(" ", words(fold(s == null ? "" : s)));
    }

    /** Words of a product name, without the few stop words score.py drops. */
    static Set<String> tokens(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(s == null ? "" : lower(s))) {
            if (!PRODUCT_STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    static String squash(String s) {
        return String.join("", words(s == null ? "" : lower(s)));
    }
}
