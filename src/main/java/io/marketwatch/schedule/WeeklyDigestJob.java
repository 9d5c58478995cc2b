package io.marketwatch.schedule;

import java.time.LocalDate;

/**
 * The weekly digest as the scheduler sees it. The digest feature provides the implementation (a
 * bean); without one, the scheduler's digest trigger logs that the digest is not configured.
 */
@FunctionalInterface
public interface WeeklyDigestJob {

    /**
     * Sends the digest that is due on {@code today} (normally the last complete week's). Must be
     * safe to call again for the same day: a recipient already sent to is not sent to again.
     */
    void run(LocalDate today) throws Exception;
}
