package io.marketwatch.briefing;

import java.util.Optional;

/**
 * The editors' corrections in force, looked up by the key of a fact in one of its articles
 * ({@link FactReview#sourceKeys()}). The review feature keeps them; the assembler applies them to
 * the briefing before anything renders it.
 */
@FunctionalInterface
public interface FactCorrections {

    FactCorrections NONE = key -> Optional.empty();

    /** The correction made under this fact key, if one is in force. */
    Optional<EditorCorrection> find(String factKey);
}
