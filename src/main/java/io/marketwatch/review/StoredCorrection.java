package io.marketwatch.review;

import io.marketwatch.briefing.EditorCorrection;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A correction as the database keeps it.
 *
 * @param correction the correction itself
 * @param factKind   investment or launch
 * @param original   the values the fix replaced when it was made, by field
 * @param asOf       the night it was made on
 */
public record StoredCorrection(EditorCorrection correction, String factKind, Map<String, String> original,
                               LocalDate asOf) {

    public StoredCorrection {
        original = Collections.unmodifiableMap(new LinkedHashMap<>(original));
    }
}
