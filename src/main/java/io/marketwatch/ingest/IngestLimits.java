package io.marketwatch.ingest;

/**
 * Bounds on what one input file may hold. A file over a limit is skipped with that reason, never
 * truncated.
 *
 * @param maxFileBytes       largest file read, in bytes
 * @param maxArticlesPerFile most articles one file (a feed, a JSON array) may hold
 * @param maxTextChars       longest article text, in characters
 */
public record IngestLimits(long maxFileBytes, int maxArticlesPerFile, int maxTextChars) {

    public IngestLimits {
        if (maxFileBytes <= 0 || maxArticlesPerFile <= 0 || maxTextChars <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxFileBytes + ", "
                    + maxArticlesPerFile + ", " + maxTextChars);
        }
    }

    /** 10 MB per file, 10,000 articles per file, 1,000,000 characters per article. */
    public static IngestLimits defaults() {
        return new IngestLimits(10L * 1024 * 1024, 10_000, 1_000_000);
    }
}
