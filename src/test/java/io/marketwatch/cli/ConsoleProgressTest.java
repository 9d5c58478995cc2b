package io.marketwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.briefing.SkippedFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The console progress: a bar on a terminal, a line per tenth otherwise, skips on stderr. */
class ConsoleProgressTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void withoutATerminalALineIsPrintedEachTimeAnotherTenthOfTheInputIsDone() {
        ConsoleProgress progress = progress(false);
        progress.started(1_000, 0);
        for (int chunk = 0; chunk < 8; chunk++) {
            progress.filesDone(125, 130, 1);
        }
        progress.finish();

        assertThat(out.toString().lines()).containsExactly(
                "Reading input: 12% (125 of 1,000 files), 130 articles, 1 skipped",
                "Reading input: 25% (250 of 1,000 files), 260 articles, 2 skipped",
                "Reading input: 37% (375 of 1,000 files), 390 articles, 3 skipped",
                "Reading input: 50% (500 of 1,000 files), 520 articles, 4 skipped",
                "Reading input: 62% (625 of 1,000 files), 650 articles, 5 skipped",
                "Reading input: 75% (750 of 1,000 files), 780 articles, 6 skipped",
                "Reading input: 87% (875 of 1,000 files), 910 articles, 7 skipped",
                "Reading input: 100% (1,000 of 1,000 files), 1,040 articles, 8 skipped");
    }

    @Test
    void onATerminalABarIsRedrawnInPlaceWithTheTimeLeft() {
        ConsoleProgress progress = progress(true);
        progress.started(3_000, 0);
        nanos.addAndGet(10_000_000_000L);
        progress.filesDone(1_000, 1_100, 0);

        assertThat(out.toString()).isEqualTo(
                "\r[##########....................]  33%  1,000 of 3,000 files, 1,100 articles, 0 skipped, 0:20 left");

        nanos.addAndGet(20_000_000_000L);
        progress.filesDone(2_000, 2_000, 3);
        progress.finish();

        assertThat(out.toString()).endsWith(
                "\r[##############################] 100%  3,000 of 3,000 files, 3,100 articles, 3 skipped\n");
    }

    @Test
    void aRestartSaysHowMuchWasDoneBeforeAndCountsItInTheBar() {
        ConsoleProgress progress = progress(true);
        progress.started(1_000, 400);
        nanos.addAndGet(5_000_000_000L);
        progress.filesDone(100, 90, 0);

        // 100 files in 5 s: the 500 left take 25 s
        assertThat(out.toString()).startsWith("Continuing an interrupted run: 400 of 1,000 files were already done\n")
                .endsWith("\r[###############...............]  50%  500 of 1,000 files, 90 articles, 0 skipped, 0:25 left");
    }

    @Test
    void skippedFilesGoToStderrOnALineOfTheirOwnAndQuietPrintsNoProgress() {
        ConsoleProgress quiet = new ConsoleProgress(null, new PrintWriter(err, true), true, nanos::get);
        quiet.started(10, 0);
        quiet.filesDone(5, 5, 1);
        quiet.skipped(new SkippedFile("image.txt", "not text"));
        quiet.finish();

        assertThat(err.toString()).isEqualTo("skipped image.txt: not text\n");
        assertThat(out.toString()).isEmpty();
    }

    private ConsoleProgress progress(boolean terminal) {
        return new ConsoleProgress(new PrintWriter(out, true), new PrintWriter(err, true), terminal, nanos::get);
    }
}
