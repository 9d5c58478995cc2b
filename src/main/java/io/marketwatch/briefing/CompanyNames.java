package io.marketwatch.briefing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalizes company names for comparison: case, punctuation, possessives, a leading "the" and
 * trailing legal suffixes do not count ("The Walt Disney Co." = "walt disney").
 */
public final class CompanyNames {

    private static final Set<String> SUFFIXES = Set.of("inc", "incorporated", "ltd", "limited", "corp",
            "corporation", "co", "company", "plc", "ag", "se", "sa", "nv", "bv", "llc", "lp", "llp", "gmbh",
            "group", "holding", "holdings", "the", "pvt", "private", "pte", "pty", "sdn", "bhd", "kk", "oyj",
            "ab", "asa", "spa", "srl", "sarl");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");

    private CompanyNames() {
    }

    /** The comparison key of a name; empty when nothing is left. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = POSSESSIVE.matcher(s).replaceAll("");
        List<String> words = new ArrayList<>(List.of(NON_WORD.split(s.strip())));
        words.removeIf(String::isEmpty);
        while (!words.isEmpty() && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        while (!words.isEmpty() && words.get(0).equals("the")) {
            words.remove(0);
        }
        return String.join(" ", words);
    }
}
