package io.marketwatch.batch;

import io.marketwatch.briefing.SkippedFile;

/**
 * Hears how a run goes, for the console: once after the input folder was scanned, then after
 * each committed chunk of every partition, from the partitions' threads (implementations must be
 * thread-safe), and for articles found twice, when the briefing is assembled.
 */
public interface RunProgress {

    /** The input folder was scanned: how many files it holds, and how many an earlier attempt already stored. */
    default void started(int totalFiles, int alreadyDone) {
    }

    /** Progress after a chunk: files, articles and skips it added. */
    void filesDone(int files, int articles, int skips);

    /** A file (or an article of it) was skipped, with the reason. */
    void skipped(SkippedFile file);

    /** Nobody listens: for tests and quiet runs. */
    RunProgress SILENT = new RunProgress() {
        @Override
        public void filesDone(int files, int articles, int skips) {
        }

        @Override
        public void skipped(SkippedFile file) {
        }
    };
}
