package io.marketwatch.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host: at most {@code perHost} requests at a time, and at least {@code gap}
 * between the starts of two requests to the same host.
 */
final class HostGate {

    private final int perHost;
    private final long gapNanos;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostGate(int perHost, Duration gap) {
        this.perHost = perHost;
        this.gapNanos = gap.toNanos();
    }

    /** Waits for a turn on the host; close the pass when the request is done. */
    Pass enter(String host) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host(new Semaphore(perHost, true)));
        h.slots.acquire();
        try {
            h.waitForGap(gapNanos);
        } catch (InterruptedException e) {
            h.slots.release();
            throw e;
        }
        return h.slots::release;
    }

    /** A turn on a host. */
    interface Pass extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Host {
        private final Semaphore slots;
        private long nextStart = System.nanoTime();

        private Host(Semaphore slots) {
            this.slots = slots;
        }

        private void waitForGap(long gapNanos) throws InterruptedException {
            long start;
            synchronized (this) {
                start = Math.max(System.nanoTime(), nextStart);
                nextStart = start + gapNanos;
            }
            long wait = start - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }
}
