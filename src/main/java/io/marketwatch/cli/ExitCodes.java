package io.marketwatch.cli;

/** Process exit codes, for cron, systemd timers and CI. */
public final class ExitCodes {

    /** Done, nothing skipped (or nothing to do). */
    public static final int OK = 0;
    /** Failed: no briefing was written. */
    public static final int FAILURE = 1;
    /** Wrong options (picocli's usage error). */
    public static final int USAGE = 2;
    /** Done, but some input files or articles were skipped (listed in run-report.json). */
    public static final int PARTIAL = 3;
    /** Another run holds the output folder, or (on a shared database) the night. */
    public static final int BUSY = 4;
    /** {@code status}: some night needs attention (failed, stopped or interrupted). */
    public static final int ATTENTION = 5;

    private ExitCodes() {
    }
}
