package io.marketwatch.report.pdf;

import static io.marketwatch.report.pdf.PdfBriefingRendererTest.squash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.marketwatch.briefing.SampleBriefings;
import io.marketwatch.report.ReportTemplates;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfOptionsTest {

    @TempDir
    Path folder;

    @Test
    void limitsEachSectionAndSaysHowManyMoreTheWorkbookHolds() throws IOException {
        Path file = folder.resolve("short.pdf");
        new PdfBriefingRenderer(ReportTemplates.bundled(), new PdfOptions(1, 1, 2, 1)).render(SampleBriefings.seed(), file);
        try (PdfFile pdf = PdfFile.open(file)) {
            String text = squash(pdf.text());
            String investments = PdfBriefingRendererTest.section(text, "2 Investments", "3 Launch calendar");
            assertThat(investments).contains("380 billion yuan", "… and 1 more in the workbook")
                    .doesNotContain("4.1 trillion won");
            String launches = PdfBriefingRendererTest.section(text, "3 Launch calendar", "4 Companies");
            assertThat(launches).contains("Qwen 3", "… and 1 more in the workbook").doesNotContain("next-generation model");
            String companies = PdfBriefingRendererTest.section(text, "4 Companies", "5 Sources");
            assertThat(companies).containsSubsequence("Alibaba Group", "Qwen 3", "… and 1 more in the workbook",
                    "DeepSeek", "… and 2 more companies in the workbook").doesNotContain("Samsung Display 5 mentions");
        }
    }

    @Test
    void refusesLimitsBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PdfOptions(25, 0, 15, 10))
                .withMessageContaining("launches");
    }
}
