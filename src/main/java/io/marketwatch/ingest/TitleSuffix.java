package io.marketwatch.ingest;

/** Splits page and feed titles of the forms "Headline | Outlet" and "Outlet – Section". */
final class TitleSuffix {

    private static final String[] SEPARATORS = {" | ", " – ", " — ", " - ", " :: "};

    private TitleSuffix() {
    }

    /** The two parts around the last separator of a page title ("Headline | Outlet"), or null. */
    static String[] splitLast(String title) {
        for (String separator : SEPARATORS) {
            int at = title.lastIndexOf(separator);
            if (at > 0 && at + separator.length() < title.length()) {
                return parts(title, at, separator);
            }
        }
        return null;
    }

    /** The two parts around the only separator of a title, or null when it has none or several. */
    static String[] splitOnly(String title) {
        String[] found = null;
        for (String separator : SEPARATORS) {
            int at = title.indexOf(separator);
            if (at < 0) {
                continue;
            }
            if (found != null || title.indexOf(separator, at + 1) >= 0) {
                return null;
            }
            found = parts(title, at, separator);
        }
        return found;
    }

    private static String[] parts(String title, int at, String separator) {
        String before = title.substring(0, at).strip();
        String after = title.substring(at + separator.length()).strip();
        return before.isEmpty() || after.isEmpty() ? null : new String[] {before, after};
    }
}
