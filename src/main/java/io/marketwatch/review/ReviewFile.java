package io.marketwatch.review;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.report.BriefingFiles;
import io.marketwatch.report.ReviewRows;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the night's review file, {@code OUTPUT/<date>/review.csv}: one row per fact with its id,
 * kind, the fact in words, confidence, evidence and article, and empty {@code action} and
 * {@code fix} columns for the editor (docs/review.md). UTF-8 with a byte-order mark, so that Excel
 * opens it with the right characters.
 */
final class ReviewFile {

    static final String FILE_NAME = "review.csv";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader(ReviewRows.COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").get();

    private ReviewFile() {
    }

    /** Writes the file into the night's folder and returns it. */
    static Path write(Briefing briefing, Path nightFolder) throws IOException {
        Path file = nightFolder.resolve(FILE_NAME);
        BriefingFiles.writeAtomically(file, tmp -> {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                CSVPrinter csv = new CSVPrinter(out, FORMAT);
                for (ReviewRows.Row row : ReviewRows.of(briefing)) {
                    csv.printRecord(row.id(), row.kind(), row.fact(),
                            BigDecimal.valueOf(row.confidence()).toPlainString(), row.evidence(), row.article(), "", "");
                }
                csv.flush();
            }
        });
        return file;
    }
}
