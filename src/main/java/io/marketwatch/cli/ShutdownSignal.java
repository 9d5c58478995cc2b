package io.marketwatch.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a command does on SIGTERM (or Ctrl-C): a JVM shutdown hook that runs the command's stop
 * action (ask the run to stop at its next chunk boundary) and then holds the JVM until the command
 * has finished cleanly (run stopped, Spring context closed), at most for the stop timeout. Closing
 * it at the end of the command lets a waiting hook go, and removes the hook otherwise.
 *
 * <p>Spring's own shutdown hook is off for our contexts (see {@link SpringContext}): it would close
 * the database under a run that is still stopping.
 */
final class ShutdownSignal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ShutdownSignal.class);

    /** How long to wait before the command said how long to wait (a signal during start-up). */
    private static final Duration START_UP_TIMEOUT = Duration.ofSeconds(60);

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::signal, "marketwatch-shutdown");
    private Runnable onSignal;
    private Duration timeout = START_UP_TIMEOUT;
    private boolean signalled;

    private ShutdownSignal() {
    }

    /** Installs the hook; the stop action comes later, once the command has what it needs to stop. */
    static ShutdownSignal install() {
        ShutdownSignal signal = new ShutdownSignal();
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** The stop action and how long to wait for the command to end after it; runs at once if the signal already came. */
    void onSignal(Runnable action, Duration stopTimeout) {
        boolean now;
        synchronized (this) {
            onSignal = action;
            timeout = stopTimeout;
            now = signalled;
        }
        if (now) {
            action.run();
        }
    }

    private void signal() {
        Runnable action;
        Duration wait;
        synchronized (this) {
            signalled = true;
            action = onSignal;
            wait = timeout;
        }
        log.info("Shutdown requested (SIGTERM or Ctrl-C)");
        if (action != null) {
            action.run();
        }
        try {
            if (!finished.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Still not stopped after {}: exiting anyway; the next run restarts from the last commit", wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it was waiting for this
        }
    }
}
