package io.marketwatch.digest;

import io.marketwatch.extract.LaunchWindow;

/**
 * A launch window that appeared or changed in the week.
 *
 * @param before the window known at the end of the previous week, or null for a new one
 * @param after  the window known now
 */
public record LaunchChange(Kind kind, String company, String product, LaunchWindow before, LaunchWindow after,
                           String windowText, String articleId) {

    /** How the window changed. */
    public enum Kind {
        /** The window now ends later. */
        slipped,
        /** The window now ends earlier, or starts differently with the same end. */
        moved,
        /** No window was known for this launch before the week. */
        added
    }
}
