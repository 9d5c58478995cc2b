package io.marketwatch.fetch;

import java.time.Instant;

/**
 * What one source gave tonight.
 *
 * @param source      its name
 * @param at          when the fetch started
 * @param outcome     new items, nothing new, or failed
 * @param itemsNew    items written into the input folder
 * @param itemsSeen   items already written on an earlier night (or the whole source unchanged: 0)
 * @param itemsFailed items that could not be fetched or read (the source's other items still count)
 * @param bytes       bytes received
 * @param millis      time taken
 * @param problem     the reason of a failure (of the source, or of its first failed item), or null
 */
public record SourceReport(String source, Instant at, Outcome outcome, int itemsNew, int itemsSeen, int itemsFailed,
                           long bytes, long millis, String problem) {

    /** How a source's fetch ended. */
    public enum Outcome { NEW, UNCHANGED, FAILED }

    /** Every item of the response was written or already known: its validators may be kept. */
    boolean complete() {
        return outcome != Outcome.FAILED && itemsFailed == 0;
    }
}
