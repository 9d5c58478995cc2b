package io.marketwatch.digest;

/**
 * A subscriber line that was left out, and why.
 *
 * @param line the line number in the file (from 1, the header is line 1), or 0 for a database row
 */
public record SubscriberProblem(int line, String message) {

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + message;
    }
}
