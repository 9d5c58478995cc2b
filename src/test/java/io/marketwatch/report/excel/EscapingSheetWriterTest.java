package io.marketwatch.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class EscapingSheetWriterTest {

    /** Markup, entities POI writes, control characters, U+FFFE/U+FFFF, surrogates paired and alone, plain runs. */
    private static final List<String> TEXTS = List.of("", "plain text", "<b>A & B</b> said \"yes\" > 'no'",
            "line\nbreak\r\nand\ttab", "no\u00a0break\u00a0space", "bell\u0007 nul\u0000 esc\u001b end",
            "\uFFFE\uFFFF\uFFFD", "rocket \uD83D\uDE80 ok", "lone \uD800 high and \uDC00 low", "\uDBFF",
            "Zürich €5bn 例え 🚀", "&amp; already escaped", "trailing space ", " leading", "a".repeat(20_000) + "<");

    @Test
    void sheetXmlIsTheSameAsPoisOwn() throws IOException {
        assertThat(sheetXml(new StreamingWorkbook(new XSSFWorkbook())))
                .isEqualTo(sheetXml(new SXSSFWorkbook(new XSSFWorkbook(), StreamingWorkbook.ROW_WINDOW, false, false)))
                .contains("&lt;b&gt;A &amp; B&lt;/b&gt;", "bell? nul? esc? end");
    }

    private static String sheetXml(SXSSFWorkbook workbook) throws IOException {
        try (workbook) {
            Sheet sheet = workbook.createSheet("texts");
            for (int i = 0; i < 3 * StreamingWorkbook.ROW_WINDOW; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(TEXTS.get(i % TEXTS.size()));
                row.createCell(1).setCellValue(TEXTS.get((i + 1) % TEXTS.size()) + i);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            try (ZipFile zip = ZipFile.builder().setByteArray(out.toByteArray()).get()) {
                return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                        StandardCharsets.UTF_8);
            }
        }
    }
}
