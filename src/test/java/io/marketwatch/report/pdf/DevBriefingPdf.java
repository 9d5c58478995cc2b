package io.marketwatch.report.pdf;

import io.marketwatch.eval.DevBriefing;
import io.marketwatch.report.ReportTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The PDF of the dev articles as of 1 January 2026, rendered once per test run into
 * {@code target/pdf/dev-briefing.pdf}: fixed as-of date and generation time (DevBriefing fixes both),
 * fonts from the jar, so the same code gives the same pages.
 */
final class DevBriefingPdf {

    static final Path ARTICLES = Path.of("src/test/resources/eval/dev/articles");
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private static Path rendered;

    private DevBriefingPdf() {
    }

    static synchronized Path file() {
        if (rendered == null) {
            try {
                Path pdf = Files.createDirectories(PdfBriefingRendererTest.OUT).resolve("dev-briefing.pdf");
                new PdfBriefingRenderer(ReportTemplates.bundled(), PdfOptions.defaults())
                        .render(DevBriefing.assembled(ARTICLES, AS_OF), pdf);
                rendered = pdf;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rendered;
    }
}
