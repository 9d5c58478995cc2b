package io.marketwatch.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.report.ReportTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A briefing rendered to a file and read back with POI, with look-ups by the bundled template's headers. */
final class RenderedWorkbook {

    private RenderedWorkbook() {
    }

    static XSSFWorkbook render(Briefing briefing, ReportTemplates templates, Path file) throws IOException {
        new WorkbookBriefingRenderer(templates).render(briefing, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The bundled template, open for changes. */
    static XSSFWorkbook bundledTemplate() throws IOException {
        try (InputStream in = ReportTemplates.bundled().open(WorkbookBriefingRenderer.TEMPLATE)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The cell under the header the bundled template gives a field ("investment.amountUsd"). */
    static Cell cell(Row row, String key) {
        return row.getCell(column(row.getSheet(), BriefingTemplateGenerator.header(key)));
    }

    static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        return fail("no column headed '" + header + "' on " + sheet.getSheetName());
    }

    /** A cell's text, or null for a blank or missing cell; fails for a cell of another type. */
    static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        assertThat(cell.getCellType()).as("type of %s!%s", cell.getSheet().getSheetName(), cell.getAddress())
                .isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    /** The 0-based index of the first row whose column A holds the text. */
    static int rowOf(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        return fail("no row starting with '" + text + "' on " + sheet.getSheetName());
    }

    static List<Cell> allCells(XSSFWorkbook book) {
        List<Cell> cells = new ArrayList<>();
        book.forEach(sheet -> sheet.forEach(row -> row.forEach(cells::add)));
        return cells;
    }
}
