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
            out.add(word(s, i, j));
            i = j;
        }
        return out;
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
        Token.Kind kind = Character.isDigit(text.charAt(0)) ? Token.Kind.NUMBER : Token.Kind.WORD;
        return new Token(text, text.toLowerCase(Locale.ROOT), from, to, kind, possessive);
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
