package io.marketwatch.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Waits for a time on a clock, or until woken. */
interface Waiter {

    /** Waits until the clock shows {@code when}; false when woken first. */
    boolean waitUntil(Instant when) throws InterruptedException;

    /** Ends the current wait and every later one. */
    void wake();

    /** Waits on the given clock, reading it again at least every minute (the machine may sleep). */
    static Waiter on(Clock clock) {
        return new Waiter() {
            private boolean woken;

            @Override
            public synchronized boolean waitUntil(Instant when) throws InterruptedException {
                while (!woken) {
                    long left = Duration.between(clock.instant(), when).toMillis();
                    if (left <= 0) {
                        return true;
                    }
                    wait(Math.min(left, 60_000));
                }
                return false;
            }

            @Override
            public synchronized void wake() {
                woken = true;
                notifyAll();
            }
        };
    }
}
