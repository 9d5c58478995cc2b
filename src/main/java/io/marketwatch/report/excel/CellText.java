package io.marketwatch.report.excel;

/**
 * Text as a cell may hold it: characters XML cannot carry are dropped, and text longer than Excel's
 * limit is cut with a visible marker instead of failing.
 */
final class CellText {

    /** Excel's limit on the characters in one cell. */
    static final int MAX_CHARS = 32_767;

    static final String TRUNCATION_MARKER = " … [truncated]";

    private CellText() {
    }

    static String of(String raw) {
        String text = withoutIllegalChars(raw);
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS - TRUNCATION_MARKER.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + TRUNCATION_MARKER;
    }

    /** True when Excel would read the text as a formula if a user edited the cell: it starts with = + - or @. */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    private static String withoutIllegalChars(String raw) {
        StringBuilder kept = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean legal = c >= 0x20 && c < Character.MIN_SURROGATE || isLegalXml(raw, i, c);
            if (!legal && kept == null) {
                kept = new StringBuilder(raw.length()).append(raw, 0, i);
            } else if (legal && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? raw : kept.toString();
    }

    private static boolean isLegalXml(String s, int i, char c) {
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }
}
