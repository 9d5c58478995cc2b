package io.marketwatch.report.excel;

import static io.marketwatch.report.excel.RenderedWorkbook.bundledTemplate;
import static io.marketwatch.report.excel.RenderedWorkbook.column;
import static io.marketwatch.report.excel.RenderedWorkbook.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.SampleBriefings;
import io.marketwatch.report.ReportTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template decides the look: a user's copy in the override folder changes the workbook without code. */
class WorkbookTemplateTest {

    static final Briefing SEED = SampleBriefings.seed();

    @TempDir
    Path dir;

    @Test
    void theCommittedTemplateIsWhatTheGeneratorBuilds() throws IOException {
        Path fresh = dir.resolve("fresh.xlsx");
        BriefingTemplateGenerator.write(fresh);
        try (InputStream committedIn = Files.newInputStream(BriefingTemplateGenerator.BUNDLED);
             XSSFWorkbook committed = new XSSFWorkbook(committedIn);
             InputStream freshIn = Files.newInputStream(fresh);
             XSSFWorkbook generated = new XSSFWorkbook(freshIn)) {
            assertThat(outline(committed)).as("rerun RegenerateTemplate (docs/workbook-template.md)")
                    .isEqualTo(outline(generated));
        }
    }

    @Test
    void renamedHeaderNewWidthColourAndSwappedColumnsShowInTheWorkbook() throws IOException {
        try (XSSFWorkbook template = bundledTemplate()) {
            XSSFSheet sheet = template.getSheet("Investments");
            int usd = column(sheet, "Amount (USD)");
            sheet.getRow(0).getCell(usd).setCellValue("USD value");
            sheet.setColumnWidth(usd, 33 * 256);
            XSSFCellStyle red = template.createCellStyle();
            red.cloneStyleFrom(sheet.getRow(0).getCell(usd).getCellStyle());
            red.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xC0, 0, 0}));
            sheet.getRow(0).getCell(usd).setCellStyle(red);
            swapColumns(sheet, column(sheet, "Investor"), column(sheet, "Recipient"));
            save(template);
        }

        try (XSSFWorkbook book = renderWithOverride()) {
            XSSFSheet sheet = book.getSheet("Investments");
            int usd = column(sheet, "USD value");
            assertThat(sheet.getColumnWidth(usd)).isEqualTo(33 * 256);
            assertThat(sheet.getRow(0).getCell(usd).getCellStyle().getFillForegroundColorColor().getRGB())
                    .containsExactly(0xC0, 0, 0);
            assertThat(sheet.getRow(1).getCell(usd).getNumericCellValue()).isEqualTo(SEED.investments().get(0).amountUsd());
            XSSFTable table = sheet.getTables().get(0);
            assertThat(table.getColumns().get(usd).getName()).isEqualTo("USD value");
            assertThat(column(sheet, "Recipient")).isLessThan(column(sheet, "Investor"));
            assertThat(text(sheet.getRow(2).getCell(column(sheet, "Investor"))))
                    .isEqualTo(SEED.investments().get(1).investor());
        }
    }

    @Test
    void placeholdersCanStandAboveAListsTable() throws IOException {
        try (XSSFWorkbook template = bundledTemplate()) {
            XSSFSheet sheet = template.getSheet("Skipped");
            // a title and the executive summary above the table, by moving the sheet down two rows
            sheet.shiftRows(0, sheet.getLastRowNum(), 2);
            sheet.getTables().get(0).setCellReferences(new AreaReference("A3:B4", SpreadsheetVersion.EXCEL2007));
            sheet.createRow(0).createCell(0).setCellValue("Files skipped on");
            sheet.getRow(0).createCell(1).setCellValue("${asOf}");
            sheet.createRow(1).createCell(0).setCellValue("${highlight.text}");
            save(template);
        }
        try (XSSFWorkbook book = renderWithOverride()) {
            XSSFSheet sheet = book.getSheet("Skipped");
            WorkbookBriefingRendererTest.assertDate(sheet.getRow(0).getCell(1), SEED.asOf());
            int highlights = SEED.highlights().size();
            for (int i = 0; i < highlights; i++) {
                assertThat(text(sheet.getRow(1 + i).getCell(0))).isEqualTo(SEED.highlights().get(i).text());
            }
            int header = 1 + highlights;
            assertThat(text(sheet.getRow(header).getCell(1))).isEqualTo("Reason");
            assertThat(text(sheet.getRow(header + 1).getCell(1))).isEqualTo(SEED.skipped().get(0).reason());
            assertThat(sheet.getTables().get(0).getCTTable().getRef())
                    .isEqualTo("A" + (header + 1) + ":B" + (header + 1 + SEED.skipped().size()));
        }
    }

    @Test
    void anUnknownPlaceholderIsReportedWithItsCellAndTheKnownKeys() throws IOException {
        try (XSSFWorkbook template = bundledTemplate()) {
            template.getSheet("Launches").getRow(1).getCell(1).setCellValue("${launch.price}");
            save(template);
        }
        assertThatThrownBy(this::renderWithOverride).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Launches!B2").hasMessageContaining("${launch.price}")
                .hasMessageContaining("launch.product");
    }

    @Test
    void aLongListMustBeTheLastRowOfItsSheet() throws IOException {
        try (XSSFWorkbook template = bundledTemplate()) {
            template.getSheet("Articles").createRow(5).createCell(0).setCellValue("Notes");
            save(template);
        }
        assertThatThrownBy(this::renderWithOverride).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Articles!A2").hasMessageContaining("last row");
    }

    @Test
    void hyperlinksGoWhereExcelExpectsThemBesideAUsersValidationAndFormatting() throws IOException {
        try (XSSFWorkbook template = bundledTemplate()) {
            XSSFSheet sheet = template.getSheet("Articles");
            DataValidationHelper validations = sheet.getDataValidationHelper();
            sheet.addValidationData(validations.createValidation(
                    validations.createExplicitListConstraint(new String[] {"en", "de", "zh"}),
                    new CellRangeAddressList(1, 1000, 4, 4)));
            var formatting = sheet.getSheetConditionalFormatting();
            formatting.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("A2:A1000")},
                    formatting.createConditionalFormattingRule(ComparisonOperator.GT, "45658"));
            save(template);
        }
        Path file = dir.resolve("out.xlsx");
        new WorkbookBriefingRenderer(new ReportTemplates(dir)).render(SEED, file);

        String xml = sheetXml(file, "Articles");
        List<String> order = List.of("</sheetData>", "<conditionalFormatting", "<dataValidations", "<hyperlinks>",
                "<pageMargins", "<tableParts");
        List<Integer> positions = new ArrayList<>();
        order.forEach(element -> positions.add(xml.indexOf(element)));
        assertThat(positions).doesNotContain(-1).isSorted();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Cell title = RenderedWorkbook.cell(book.getSheet("Articles").getRow(2), "article.title");
            assertThat(title.getHyperlink().getAddress()).isEqualTo(SEED.articles().get(1).url());
        }
    }

    private XSSFWorkbook renderWithOverride() throws IOException {
        return RenderedWorkbook.render(SEED, new ReportTemplates(dir), dir.resolve("briefing-out.xlsx"));
    }

    private void save(XSSFWorkbook template) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(WorkbookBriefingRenderer.TEMPLATE))) {
            template.write(out);
        }
    }

    /** Swaps two columns of the header and placeholder rows, with their styles and widths. */
    private static void swapColumns(XSSFSheet sheet, int left, int right) {
        for (int r = 0; r <= 1; r++) {
            Row row = sheet.getRow(r);
            String text = row.getCell(left).getStringCellValue();
            var style = row.getCell(left).getCellStyle();
            row.getCell(left).setCellValue(row.getCell(right).getStringCellValue());
            row.getCell(left).setCellStyle(row.getCell(right).getCellStyle());
            row.getCell(right).setCellValue(text);
            row.getCell(right).setCellStyle(style);
        }
        int width = sheet.getColumnWidth(left);
        sheet.setColumnWidth(left, sheet.getColumnWidth(right));
        sheet.setColumnWidth(right, width);
    }

    private static String sheetXml(Path file, String sheet) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file)); ZipFile zip = new ZipFile(file.toFile())) {
            String part = book.getSheet(sheet).getPackagePart().getPartName().getName().substring(1);
            return new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What the renderer relies on: every cell's text and style look, widths, merges, tables, names and charts. */
    private static List<String> outline(XSSFWorkbook book) {
        List<String> lines = new ArrayList<>();
        book.forEach(sheet -> {
            XSSFSheet s = (XSSFSheet) sheet;
            lines.add("sheet " + s.getSheetName() + " merged " + s.getMergedRegions() + " pane "
                    + (s.getPaneInformation() == null ? "none" : s.getPaneInformation().getHorizontalSplitPosition()));
            s.forEach(row -> row.forEach(cell -> lines.add(cell.getAddress() + " "
                    + (cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.getCellType())
                    + " format " + cell.getCellStyle().getDataFormatString()
                    + " wrap " + cell.getCellStyle().getWrapText()
                    + " font " + ((XSSFCellStyle) cell.getCellStyle()).getFont().getCTFont())));
            for (int column = 0; column < 16; column++) {
                lines.add("width " + column + " " + s.getColumnWidth(column));
            }
            s.getTables().forEach(table -> lines.add("table " + table.getCTTable()));
            if (s.getDrawingPatriarch() != null) {
                s.getDrawingPatriarch().getCharts().forEach(chart -> lines.add("chart " + chart.getCTChart()));
                lines.add("drawing " + s.getDrawingPatriarch().getCTDrawing());
            }
        });
        book.getAllNames().forEach(name -> lines.add("name " + name.getNameName() + " " + name.getRefersToFormula()));
        return lines;
    }
}
