package io.marketwatch.briefing;

import java.time.Instant;
import java.util.Map;

/**
 * An editor's correction as it shows on a fact: confirmed as it stands ({@code keep}) or with some
 * fields changed ({@code fix}). A dropped fact leaves the briefing and carries none.
 *
 * @param number   the correction's number, for footnotes and {@code review --undo}
 * @param action   {@code keep} or {@code fix}
 * @param by       who made it, or null
 * @param at       when it was made
 * @param original the values of the changed fields before the fix (empty for keep), by field name
 * @param changed  the new values, by field name (empty for keep)
 */
public record FactCorrection(long number, String action, String by, Instant at, Map<String, String> original,
                             Map<String, String> changed) {

    public FactCorrection {
        original = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(original));
        changed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changed));
    }
}
