package io.marketwatch.cli;

import io.marketwatch.batch.RunProgress;
import io.marketwatch.briefing.SkippedFile;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress on the console. On a terminal: a bar rewritten in place, with the files done out of the
 * input's total, articles, skips and the time left. Otherwise (a log file, cron mail): a line each
 * time another tenth of the input is done. Skipped files go to stderr as they happen.
 */
final class ConsoleProgress implements RunProgress {

    private static final int BAR_WIDTH = 30;
    private static final int STEPS = 10;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private long total;
    private long doneBefore;
    private long files;
    private long articles;
    private long skips;
    private long startNanos;
    private long lastStep;
    private boolean lineOpen;

    /** @param out where progress goes, or null for none (--quiet) */
    ConsoleProgress(PrintWriter out, PrintWriter err) {
        this(out, err, System.console() != null, System::nanoTime);
    }

    ConsoleProgress(PrintWriter out, PrintWriter err, boolean terminal, LongSupplier nanoTime) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
    }

    @Override
    public synchronized void started(int totalFiles, int alreadyDone) {
        total = totalFiles;
        doneBefore = alreadyDone;
        startNanos = nanoTime.getAsLong();
        lastStep = step();
        if (out != null && alreadyDone > 0) {
            endLine();
            out.printf(Locale.ROOT, "Continuing an interrupted run: %,d of %,d files were already done%n", alreadyDone,
                    totalFiles);
            out.flush();
        }
    }

    @Override
    public synchronized void filesDone(int files, int articles, int skips) {
        this.files += files;
        this.articles += articles;
        this.skips += skips;
        if (out == null) {
            return;
        }
        if (terminal) {
            out.print("\r" + bar());
            out.flush();
            lineOpen = true;
        } else if (step() > lastStep) {
            lastStep = step();
            out.println(line());
            out.flush();
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

    /** "[#########.....]  52%  1,560 of 3,000 files, 1,580 articles, 2 skipped, 0:14 left". */
    String bar() {
        if (total <= 0) {
            return line();
        }
        long done = Math.min(total, doneBefore + files);
        int filled = (int) (BAR_WIDTH * done / total);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%  %,d of %,d files, %,d articles, %,d skipped%s", 100 * done / total, done,
                total, articles, skips, timeLeft(done));
    }

    /** "Reading input: 30% (900 of 3,000 files), 912 articles, 0 skipped". */
    String line() {
        if (total <= 0) {
            return String.format(Locale.ROOT, "Reading input: %,d files, %,d articles, %,d skipped", files, articles, skips);
        }
        long done = Math.min(total, doneBefore + files);
        return String.format(Locale.ROOT, "Reading input: %d%% (%,d of %,d files), %,d articles, %,d skipped",
                100 * done / total, done, total, articles, skips);
    }

    private long step() {
        return total <= 0 ? 0 : STEPS * Math.min(total, doneBefore + files) / total;
    }

    private String timeLeft(long done) {
        long elapsed = nanoTime.getAsLong() - startNanos;
        if (files == 0 || elapsed <= 0 || done >= total) {
            return "";
        }
        Duration left = Duration.ofNanos((long) ((double) elapsed / files * (total - done)));
        return String.format(Locale.ROOT, ", %d:%02d left", left.toMinutes(), left.toSecondsPart());
    }

    private void endLine() {
        if (lineOpen) {
            out.println();
            lineOpen = false;
        }
    }
}
