package io.marketwatch.extract.text;

/** Small text normalizations shared by the lexical readers. */
public final class Texts {

    private Texts() {
    }

    /**
     * @return {@code words} in lower case (ASCII and Unicode letters), each run of whitespace as one
     *         space and the typographic apostrophe as {@code '}: "Hong  Kong" → "hong kong",
     *         "d’euros" → "d'euros"
     */
    public static String key(String words) {
        StringBuilder out = new StringBuilder(words.length());
        boolean space = false;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c == '’' ? '\'' : Character.toLowerCase(c));
        }
        return out.toString();
    }
}
