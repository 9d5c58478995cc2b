package io.marketwatch.cli;

import io.marketwatch.batch.RunProgress;
import io.marketwatch.briefing.SkippedFile;
import java.io.PrintWriter;

/**
 * Progress on the console: one line rewritten in place on a terminal, a line every few seconds
 * otherwise; skipped files on stderr as they happen.
 */
final class ConsoleProgress implements RunProgress {

    private static final long QUIET_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private long files;
    private long articles;
    private long skips;
    private long lastPrinted = System.nanoTime();
    private boolean lineOpen;

    /** @param out where progress goes, or null for none */
    ConsoleProgress(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public synchronized void filesDone(int files, int articles, int skips) {
        this.files += files;
        this.articles += articles;
        this.skips += skips;
        if (out == null) {
            return;
        }
        String line = String.format("Reading input: %,d files, %,d articles, %,d skipped", this.files, this.articles,
                this.skips);
        if (terminal) {
            out.print("\r" + line);
            out.flush();
            lineOpen = true;
        } else if (System.nanoTime() - lastPrinted > QUIET_INTERVAL_NANOS) {
            out.println(line);
            out.flush();
            lastPrinted = System.nanoTime();
        }
    }

    @Override
    public synchronized void skipped(SkippedFile file) {
        endLine();
        err.println("skipped " + file.file() + ": " + file.reason());
        err.flush();
    }

    synchronized void finish() {
        endLine();
    }

    private void endLine() {
        if (lineOpen) {
            out.println();
            lineOpen = false;
        }
    }
}
