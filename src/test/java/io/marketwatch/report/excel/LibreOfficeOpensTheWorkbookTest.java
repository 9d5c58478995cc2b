package io.marketwatch.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.briefing.SampleBriefings;
import io.marketwatch.report.ReportTemplates;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second reader besides POI: LibreOffice converts the workbook to PDF without error, and the PDF
 * shows the briefing. Runs only where {@code soffice} or {@code libreoffice} is on the PATH
 * (Debian: {@code apt-get install libreoffice-calc-nogui}).
 */
@EnabledIf("libreOfficeOnPath")
class LibreOfficeOpensTheWorkbookTest {

    @Test
    void convertsToPdfShowingTheBriefing(@TempDir Path dir) throws Exception {
        Path workbook = dir.resolve("briefing.xlsx");
        new WorkbookBriefingRenderer(ReportTemplates.bundled()).render(SampleBriefings.seed(), workbook);

        Process process = new ProcessBuilder(libreOffice().orElseThrow().toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", dir.toString(), workbook.toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("Error").contains("calc_pdf_Export");

        Path pdf = dir.resolve("briefing.pdf");
        Files.createDirectories(Path.of("target", "excel"));
        Files.copy(pdf, Path.of("target", "excel", "seed-briefing.pdf"), StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Market Watch — investor briefing", "Executive summary",
                    "Samsung Display", "Qwen 3", "broken.json", "USD 55,000,000,000");
        }
    }

    static boolean libreOfficeOnPath() {
        return libreOffice().isPresent();
    }

    private static Optional<Path> libreOffice() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(folder -> List.of("soffice", "libreoffice").stream().map(name -> Path.of(folder, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
