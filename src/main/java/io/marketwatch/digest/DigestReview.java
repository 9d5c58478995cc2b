package io.marketwatch.digest;

import io.marketwatch.briefing.FactCorrections;

/**
 * What the editors decided that the digest must respect: their corrections of facts, and which
 * weeks they approved for sending (needed only with {@code marketwatch.digest.require-approval}).
 */
public interface DigestReview {

    /** The corrections in force now. */
    FactCorrections corrections();

    /** Whether an editor approved the week's digest. */
    boolean isApproved(IsoWeek week);
}
