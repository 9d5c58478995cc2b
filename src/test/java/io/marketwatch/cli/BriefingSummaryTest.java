package io.marketwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.batch.RunReport;
import io.marketwatch.briefing.SkippedFile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingSummaryTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 4, 2);

    @Test
    void summaryNamesSkippedFilesAndCountsUndatedArticles() {
        RunReport report = report(List.of(new SkippedFile("image.txt", "not text")), List.of("a.txt", "b.html"));

        assertThat(BriefingCommand.summary("run completed", report))
                .contains("Read 10 articles from 6 files, 1 skipped (image.txt: not text)")
                .endsWith("Wrote out/2025-04-02. 2 articles had no publication date: their time phrases were read "
                        + "against 2025-04-02 (see run-report.json).");
    }

    @Test
    void summarySaysNothingOfDatesWhenEveryArticleHasOne() {
        assertThat(BriefingCommand.summary("run completed", report(List.of(), List.of())))
                .contains("nothing skipped").endsWith("Wrote out/2025-04-02.");
    }

    private static RunReport report(List<SkippedFile> skipped, List<String> undated) {
        Instant now = Instant.parse("2025-04-02T02:00:00Z");
        return new RunReport(AS_OF, "input", "out/2025-04-02", skipped.isEmpty() ? "complete" : "partial", now, now,
                1.5, 6, 10, 24, 9, 12, skipped, undated, List.of());
    }
}
