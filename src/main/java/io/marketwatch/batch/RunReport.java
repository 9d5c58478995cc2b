package io.marketwatch.batch;

import io.marketwatch.briefing.SkippedFile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * run-report.json: what a run read, skipped and wrote.
 *
 * @param outcome   "complete", or "partial" when a file or an article was skipped
 * @param files     input files dealt with (read or skipped)
 * @param articles  distinct articles read
 * @param skipped   every skipped file or article, with the reason
 * @param undated   the files of articles read without a publication date: their time phrases ("next
 *                  month", "on Friday") were read against the run's as-of date
 */
public record RunReport(LocalDate asOf, String input, String output, String outcome, Instant startedAt,
                        Instant finishedAt, double seconds, int files, int articles, int companies,
                        int investments, int launches, List<SkippedFile> skipped, List<String> undated,
                        List<String> outputs) {

    public static final String FILE_NAME = "run-report.json";

    public RunReport {
        skipped = List.copyOf(skipped);
        undated = List.copyOf(undated);
        outputs = List.copyOf(outputs);
    }

    public boolean partial() {
        return !skipped.isEmpty();
    }
}
