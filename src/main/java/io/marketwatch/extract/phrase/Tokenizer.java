package io.marketwatch.extract.phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into tokens in one scan: words and numbers keep inner periods, apostrophes,
 * ampersands and a trailing plus ("U.S", "2.5", "AT&amp;T", "Disney+"); a possessive ending is
 * taken off and flagged; hyphens are tokens of their own, so "Kyoto-based" is three tokens.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                out.add(new Token(String.valueOf(c), String.valueOf(c), i, i + 1, Token.Kind.PUNCT, false));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n) {
                char d = s.charAt(j);
                if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                    j++;
                } else if ((d == '.' || d == '\'' || d == '\u2019' || d == '&' || d == ',' || d == '_')
                        && j + 1 < n && Character.isLetterOrDigit(s.charAt(j + 1))
                        && (d != ',' || isDigitGroup(s, j))) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (j < n && s.charAt(j) == '+' && (j + 1 == n || !Character.isLetterOrDigit(s.charAt(j + 1)))) {
                j++;
            }
            if (isAbbreviationPossessive(s, i, j)) {
                // "Ford Motor Co.'s Focus": the abbreviation's possessive, its period in the token's span
                String text = s.substring(i, j);
                out.add(new Token(text, text.toLowerCase(Locale.ROOT), i, j + 3, kindOf(text), true));
                i = j + 3;
                continue;
            }
            if (isBareApostrophe(s, i, j)) {
                out.add(possessive(s, i, j));
                i = j + 1;
                continue;
            }
            out.add(word(s, i, j));
            i = j;
        }
        return out;
    }

    /**
     * "Stellantis' president", "the Siemens' plant": an apostrophe right after a word ending in s, with no
     * letter after it, is that word's possessive unless a single quotation opened before it ("its 'Galaxy Tabs'").
     */
    private static boolean isBareApostrophe(String s, int from, int to) {
        if (to >= s.length() || s.charAt(to) != '\'' && s.charAt(to) != '\u2019'
                || s.charAt(to - 1) != 's' && s.charAt(to - 1) != 'S' || to - from < 3
                || to + 1 < s.length() && Character.isLetterOrDigit(s.charAt(to + 1))) {
            return false;
        }
        for (int k = 0; k < from; k++) {
            char c = s.charAt(k);
            if (c == '\u2018' || (c == '\'' || c == '\u2019') && (k == 0 || !Character.isLetterOrDigit(s.charAt(k - 1)))) {
                return false;
            }
        }
        return true;
    }

    /** "Co.'s", "Inc.'s", "U.S.'s": a capitalised abbreviation's period and then "'s" ending the word. */
    private static boolean isAbbreviationPossessive(String s, int from, int to) {
        return to + 2 < s.length() && Character.isUpperCase(s.charAt(from)) && s.charAt(to) == '.'
                && (s.charAt(to + 1) == '\'' || s.charAt(to + 1) == '\u2019') && s.charAt(to + 2) == 's'
                && (to + 3 == s.length() || !Character.isLetterOrDigit(s.charAt(to + 3)));
    }

    /** The word at {@code from..to} with the apostrophe after it, as its possessive ("Stellantis'"). */
    private static Token possessive(String s, int from, int to) {
        String text = s.substring(from, to);
        return new Token(text, text.toLowerCase(Locale.ROOT), from, to + 1, kindOf(text), true);
    }

    /** A comma between digits that groups thousands ("12,054,100"), not one between words. */
    private static boolean isDigitGroup(String s, int comma) {
        return Character.isDigit(s.charAt(comma - 1)) && comma + 3 < s.length() + 1
                && Character.isDigit(s.charAt(comma + 1));
    }

    private static Token word(String s, int from, int to) {
        String text = s.substring(from, to);
        boolean possessive = false;
        int len = text.length();
        if (len > 2 && (text.charAt(len - 2) == '\'' || text.charAt(len - 2) == '\u2019')
                && (text.charAt(len - 1) == 's' || text.charAt(len - 1) == 'S' && isAllUpper(text, len - 2))) {
            text = text.substring(0, len - 2);
            possessive = true;
        }
        return new Token(text, text.toLowerCase(Locale.ROOT), from, to, kindOf(text), possessive);
    }

    private static Token.Kind kindOf(String text) {
        return Character.isDigit(text.charAt(0)) ? Token.Kind.NUMBER : Token.Kind.WORD;
    }

    private static boolean isAllUpper(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
