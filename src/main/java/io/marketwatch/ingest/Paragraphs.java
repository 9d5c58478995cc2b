package io.marketwatch.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects an article's plain text paragraph by paragraph: whitespace inside a paragraph is folded
 * to single spaces, and paragraphs are separated by one blank line.
 */
final class Paragraphs {

    /** Lines of a hard-wrapped paragraph are at most this long; longer lines are paragraphs of their own. */
    private static final int WRAP_WIDTH = 100;

    private final List<String> paragraphs = new ArrayList<>();

    /** Adds one paragraph (ignored when blank). */
    void add(CharSequence raw) {
        String paragraph = collapse(raw);
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }

    /**
     * Adds plain text: blocks separated by blank lines are paragraphs; inside a block, lines are
     * joined when they look hard-wrapped, else each line is a paragraph of its own (a heading, or
     * text written one paragraph per line).
     */
    void addPlainText(String text) {
        List<String> block = new ArrayList<>();
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (line.isBlank()) {
                addLines(block);
                block.clear();
            } else {
                block.add(line.strip());
            }
        }
        addLines(block);
    }

    /** Adds the lines of one block, by the rule of {@link #addPlainText}. */
    void addLines(List<String> lines) {
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, line.length());
        }
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line);
            boolean last = i == lines.size() - 1;
            if (last || !continues(line, lines.get(i + 1), longest)) {
                add(current);
                current.setLength(0);
            }
        }
    }

    boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    List<String> list() {
        return List.copyOf(paragraphs);
    }

    /** The paragraphs separated by blank lines. */
    String text() {
        return String.join("\n\n", paragraphs);
    }

    /**
     * Whether {@code next} continues the paragraph of {@code line}: only in a hard-wrapped block,
     * and not after a short line followed by a capital (a heading or the end of a paragraph).
     */
    private static boolean continues(String line, String next, int longest) {
        if (longest > WRAP_WIDTH) {
            return false;
        }
        boolean shortLine = line.length() < longest * 6 / 10;
        return !(shortLine && !next.isEmpty() && Character.isUpperCase(next.codePointAt(0)));
    }

    /** Adds paragraphs collected elsewhere, as they are. */
    void addAll(Paragraphs other) {
        paragraphs.addAll(other.paragraphs);
    }

    /** Folds runs of whitespace (including no-break spaces) to one space and strips the ends. */
    static String collapse(CharSequence raw) {
        if (isCollapsed(raw)) {
            return raw.toString();
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else if (!Character.isISOControl(c)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code text} starts with {@code prefix} when runs of whitespace count as one space in
     * both (a description repeated at the start of the content, wrapped differently).
     */
    static boolean startsWithText(String text, String prefix) {
        String a = collapse(prefix);
        String b = collapse(text.length() > a.length() * 2 + 16 ? text.substring(0, a.length() * 2 + 16) : text);
        return b.startsWith(a);
    }

    /** True when the text has no leading, trailing or repeated whitespace and no special spaces. */
    private static boolean isCollapsed(CharSequence raw) {
        int n = raw.length();
        if (n == 0) {
            return true;
        }
        if (isSpace(raw.charAt(0)) || isSpace(raw.charAt(n - 1))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7F || (c > 0x7F && (isSpace(c) || Character.isISOControl(c)))
                    || (c == ' ' && raw.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }
}
