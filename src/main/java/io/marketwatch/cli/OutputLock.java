package io.marketwatch.cli;

import io.marketwatch.system.StateLock;
import java.io.PrintWriter;
import java.nio.file.Path;

/** One command at a time per output folder: the commands that write into it hold its state lock. */
final class OutputLock {

    private OutputLock() {
    }

    /** What a command does while it holds the lock; returns its exit code. */
    interface Locked {
        int run() throws Exception;
    }

    /**
     * Runs {@code body} holding the lock of {@code outputRoot}; when another process holds it, says
     * so and returns {@link ExitCodes#BUSY} without running it.
     */
    static int hold(String command, Path outputRoot, PrintWriter err, Locked body) throws Exception {
        try (StateLock lock = StateLock.tryAcquire(outputRoot)) {
            if (lock == null) {
                err.println("marketwatch " + command + ": another run is using " + outputRoot + " (try again when it ends)");
                return ExitCodes.BUSY;
            }
            return body.run();
        }
    }
}
