package io.marketwatch.digest;

import java.util.regex.Pattern;

/** Makes text safe for a mail header: no control characters or line breaks, one space between words. */
final class HeaderText {

    private static final Pattern BREAKS = Pattern.compile("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u0085\\s]+");

    private HeaderText() {
    }

    /** The text on one line, control characters replaced by spaces, cut to at most {@code max} characters. */
    static String clean(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = BREAKS.matcher(text).replaceAll(" ").strip();
        if (line.length() <= max) {
            return line;
        }
        int cut = Character.isLowSurrogate(line.charAt(max)) ? max - 1 : max;
        return line.substring(0, cut).strip();
    }
}
