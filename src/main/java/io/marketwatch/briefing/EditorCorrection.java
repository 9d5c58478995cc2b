package io.marketwatch.briefing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An editor's correction of one fact, as stored.
 *
 * @param number the correction's number
 * @param factId the id of the fact it corrects
 * @param action what to do with the fact
 * @param fields for {@link Action#fix}: the new values by field name ({@link FactFields}); an empty
 *               value clears a field that may be empty
 * @param by     who made it, or null
 * @param at     when it was made
 */
public record EditorCorrection(long number, String factId, Action action, Map<String, String> fields, String by,
                               Instant at) {

    public EditorCorrection {
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(action, "action");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** What an editor can do with a fact. */
    public enum Action {
        keep, drop, fix
    }
}
