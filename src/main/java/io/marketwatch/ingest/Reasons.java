package io.marketwatch.ingest;

import java.util.Locale;

/** Wording shared by the one-line skip reasons. */
final class Reasons {

    private Reasons() {
    }

    /** The first line of a library's message, or "unknown error". */
    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** A count with thousands separators: 52,428,800. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
