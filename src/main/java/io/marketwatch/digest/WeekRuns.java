package io.marketwatch.digest;

import io.marketwatch.store.NightlyStore.CompletedRun;
import java.util.List;

/**
 * The nightly runs a digest is built from.
 *
 * @param runs    the completed runs whose as-of date lies in the week, oldest first (never empty)
 * @param earlier every completed run before the week, oldest first
 */
record WeekRuns(IsoWeek week, List<CompletedRun> runs, List<CompletedRun> earlier) {

    WeekRuns {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a digest needs at least one run in " + week);
        }
        runs = List.copyOf(runs);
        earlier = List.copyOf(earlier);
    }

    CompletedRun latest() {
        return runs.get(runs.size() - 1);
    }
}
