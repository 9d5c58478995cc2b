package io.marketwatch.kb;

import java.text.Normalizer;

/**
 * A word without its accents, as the listings write names the press accents ("Itaú" is "itau",
 * "Ørsted" is "orsted", "Nestlé" is "nestle"); letters that are no accented Latin letter stay.
 */
final class Folding {

    private Folding() {
    }

    static String fold(String word) {
        if (isAscii(word)) {
            return word;
        }
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) {
                case '\u00f8', '\u00d8' -> out.append('o');
                case '\u00e6', '\u00c6' -> out.append("ae");
                case '\u0153', '\u0152' -> out.append("oe");
                case '\u00df' -> out.append("ss");
                case '\u0142', '\u0141' -> out.append('l');
                case '\u0111', '\u0110' -> out.append('d');
                case '\u0131' -> out.append('i');
                default -> {
                    if (Character.getType(c) != Character.NON_SPACING_MARK) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
