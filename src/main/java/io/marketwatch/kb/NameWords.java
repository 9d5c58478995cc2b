package io.marketwatch.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a name in lower case, split the way the extractor's tokenizer splits a sentence:
 * letters and digits joined by an inner period, apostrophe or ampersand stay one word ("AT&amp;T",
 * "S.A"), every other sign separates and is dropped ("T-Mobile US" is "t", "mobile", "us").
 */
public final class NameWords {

    /** Words that end a company's legal name and that the press leaves out. */
    static final Set<String> LEGAL_SUFFIXES = Set.of(
            "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "lp",
            "nv", "n.v", "sa", "s.a", "ag", "se", "spa", "s.p.a", "ab", "asa", "oyj", "kk", "k.k", "gmbh", "bhd",
            "tbk", "pjsc", "pcl", "a/s");

    private NameWords() {
    }

    public static List<String> of(String name) {
        List<String> out = new ArrayList<>();
        for (String w : asWritten(name)) {
            out.add(w.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        }
        return out;
    }

    /** The words of a name in their own case ("A350", "XWB"), split as {@link #of} splits them. */
    public static List<String> asWritten(String name) {
        List<String> out = new ArrayList<>();
        int n = name.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(name.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n) {
                char d = name.charAt(j);
                if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                    j++;
                } else if ((d == '.' || d == '\'' || d == '\u2019' || d == '&') && j + 1 < n
                        && Character.isLetterOrDigit(name.charAt(j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (j < n && name.charAt(j) == '+') {
                j++;
            }
            out.add(name.substring(i, j));
            i = j;
        }
        return out;
    }

    /** The words without the legal suffixes that end them ("nvidia corp" becomes "nvidia"). */
    static List<String> withoutLegalSuffix(List<String> words) {
        int end = words.size();
        while (end > 1 && LEGAL_SUFFIXES.contains(words.get(end - 1))) {
            end--;
        }
        return words.subList(0, end);
    }
}
