package io.marketwatch.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lease this process holds (see {@link RunLeases}). Renewed on a daemon thread every third of its
 * time to live until closed; closing gives it back.
 */
public final class Lease implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Lease.class);

    private final RunLeases leases;
    private final String name;
    private final String token;
    private final Duration ttl;
    private final Runnable onLost;
    private final ScheduledExecutorService renewer;

    Lease(RunLeases leases, String name, String token, Duration ttl, Runnable onLost) {
        this.leases = leases;
        this.name = name;
        this.token = token;
        this.ttl = ttl;
        this.onLost = onLost;
        this.renewer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "lease-" + name.replace(' ', '-'));
            thread.setDaemon(true);
            return thread;
        });
        long period = ttl.toMillis() / 3;
        renewer.scheduleAtFixedRate(this::renew, period, period, TimeUnit.MILLISECONDS);
    }

    public String name() {
        return name;
    }

    private void renew() {
        try {
            if (!leases.renew(name, token, ttl)) {
                log.error("Lost the lease '{}' to another process: stopping", name);
                renewer.shutdown();
                onLost.run();
            }
        } catch (RuntimeException e) {
            log.warn("Could not renew the lease '{}' (will try again): {}", name, e.toString());
        }
    }

    @Override
    public void close() {
        renewer.shutdownNow();
        try {
            renewer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        leases.release(name, token);
    }
}
