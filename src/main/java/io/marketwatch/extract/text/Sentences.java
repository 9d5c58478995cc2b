package io.marketwatch.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a plain-text body into sentences in one linear scan.
 *
 * <p>Rules:
 * <ul>
 *   <li>a blank line starts a new paragraph; every line break ends a sentence, so headings and
 *       subheads are sentences of their own;</li>
 *   <li>Markdown decoration around a line (heading marks, list bullets and numbers "1.", quote
 *       marks, bold asterisks) is left out of the sentence;</li>
 *   <li>inside a line a sentence ends at {@code .}, {@code !}, {@code ?} or {@code …}, after any
 *       closing quotes and brackets, when whitespace and then a capital letter, a digit, an opening
 *       quote or bracket follow ("… reassert.” He said" splits after the quote);</li>
 *   <li>no split after titles, months and short forms ("Mr.", "Jan.", "No.", "vs.", "e.g."), after a
 *       single capital initial ("J. P. Morgan"), nor inside numbers ("$1.2bn", "8.6th");</li>
 *   <li>after a company or country short form ("Inc.", "Ltd.", "U.S.") a sentence ends only when
 *       the next word typically starts one ("The", "It", "But" …).</li>
 * </ul>
 */
public final class Sentences {

    /** Short forms after which a sentence never ends. */
    private static final Set<String> NEVER_ENDS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sr", "Jr", "Gen", "Gov", "Sen", "Rep", "Rev", "Hon",
            "Mt", "Ft", "No", "Nos", "Nr", "Vol", "Fig", "vs", "v", "approx", "est", "etc", "cf", "al",
            "e.g", "i.e", "a.m", "p.m", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
            "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
            "Rs");

    private static final Pattern DOTTED_INITIALS = Pattern.compile("(\\p{Lu}\\.)+\\p{Lu}");

    /** Short forms that may end a sentence when a typical sentence opener follows. */
    private static final Set<String> MAY_END = Set.of(
            "Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "plc", "LLC", "L.L.C", "U.S", "U.K", "U.N",
            "E.U", "U.S.A", "N.V", "S.A", "A.G", "jr");

    /** Words that usually open a sentence (used only after {@link #MAY_END} short forms). */
    private static final Set<String> OPENERS = Set.of(
            "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
            "A", "An", "But", "And", "In", "On", "At", "As", "For", "If", "When", "While", "After",
            "Before", "Since", "There", "Shares", "Analysts", "Last", "Earlier", "Meanwhile", "However",
            "Under", "His", "Her", "Their", "Our");

    private Sentences() {
    }

    /** @return the sentences of {@code body} in order; never null */
    public static List<Sentence> split(String body) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        boolean sawText = false;
        int lineStart = 0;
        int n = body.length();
        while (lineStart <= n) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int[] span = trimLine(body, lineStart, lineEnd);
            if (span == null) {
                if (sawText) {
                    paragraph++;
                    sawText = false;
                }
            } else {
                sawText = true;
                splitLine(body, span[0], span[1], paragraph, out);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** @return {start, end} of the line without whitespace and Markdown decoration, or null when blank */
    private static int[] trimLine(String s, int from, int to) {
        int a = skipSpace(s, from, to);
        int b = to;
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        // heading marks, block quotes, bullets
        int c = a;
        while (c < b && (s.charAt(c) == '#' || s.charAt(c) == '>')) {
            c++;
        }
        if (c > a && c < b && isSpace(s.charAt(c))) {
            a = skipSpace(s, c, b);
        }
        if (b - a > 1 && (s.charAt(a) == '-' || s.charAt(a) == '*' || s.charAt(a) == '•')
                && isSpace(s.charAt(a + 1))) {
            a = skipSpace(s, a + 1, b);
        }
        int digits = a;
        while (digits < b && digits - a < 2 && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits > a && digits + 1 < b && (s.charAt(digits) == '.' || s.charAt(digits) == ')')
                && isSpace(s.charAt(digits + 1))) {
            a = skipSpace(s, digits + 1, b);
        }
        // bold or italic markers around the whole line
        while (b - a >= 2 && (s.charAt(a) == '*' || s.charAt(a) == '_') && s.charAt(b - 1) == s.charAt(a)) {
            a++;
            b--;
        }
        a = skipSpace(s, a, b);
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return a < b ? new int[] {a, b} : null;
    }

    private static void splitLine(String s, int from, int to, int paragraph, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch != '.' && ch != '!' && ch != '?' && ch != '…') {
                continue;
            }
            int j = i + 1;
            while (j < to && (isTerminal(s.charAt(j)) || isCloser(s.charAt(j)))) {
                j++;
            }
            if (j >= to || !isSpace(s.charAt(j))) {
                continue;
            }
            int next = skipSpace(s, j, to);
            if (next >= to || !opensSentence(s.charAt(next))) {
                continue;
            }
            if (ch == '.' && j == i + 1 && !endsAfterShortForm(s, start, i, next, to)) {
                continue;
            }
            out.add(sentence(s, start, j, paragraph));
            start = next;
            i = next - 1;
        }
        if (start < to) {
            out.add(sentence(s, start, to, paragraph));
        }
    }

    /** Decides whether the period at {@code dot} ends a sentence given the word before it. */
    private static boolean endsAfterShortForm(String s, int from, int dot, int next, int to) {
        int w = dot;
        while (w > from && (Character.isLetterOrDigit(s.charAt(w - 1)) || s.charAt(w - 1) == '.')) {
            w--;
        }
        if (w == dot) {
            return true;
        }
        String word = s.substring(w, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (NEVER_ENDS.contains(word) || NEVER_ENDS.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (MAY_END.contains(word) || DOTTED_INITIALS.matcher(word).matches()) {
            // "U.S.", and any name written in dotted initials ("the I.D. Crozz")
            int e = next;
            while (e < to && Character.isLetter(s.charAt(e))) {
                e++;
            }
            return OPENERS.contains(s.substring(next, e));
        }
        return true;
    }

    private static Sentence sentence(String s, int start, int end, int paragraph) {
        return new Sentence(s.substring(start, end), start, end, paragraph);
    }

    private static boolean opensSentence(char c) {
        return Character.isLetter(c) && !Character.isLowerCase(c) || Character.isDigit(c)
                || "\"“‘'([$€£¥₹".indexOf(c) >= 0;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\u202f' || c == '\u2009'
                || c == '\f';
    }

    private static int skipSpace(String s, int from, int to) {
        int i = from;
        while (i < to && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
