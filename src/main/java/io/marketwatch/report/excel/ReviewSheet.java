package io.marketwatch.report.excel;

import io.marketwatch.report.ReviewRows;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's "Review" sheet, where an editor fills in {@code action} and {@code fix} as in the
 * review file (docs/review.md). A template may lay the sheet out itself with {@code ${review.*}}
 * placeholders; when it has no sheet of that name, this one is added: a header of the review
 * file's columns and a note, then one row per fact.
 */
final class ReviewSheet {

    static final String NAME = "Review";

    private static final List<String> HEADERS = new ArrayList<>(ReviewRows.COLUMNS);
    private static final int[] WIDTHS = {16, 11, 60, 11, 70, 40, 9, 36, 44};

    static {
        HEADERS.add("note");
    }

    private ReviewSheet() {
    }

    /** Adds the sheet with its placeholder row, unless the template has one. */
    static void addIfMissing(XSSFWorkbook book) {
        if (book.getSheet(NAME) != null) {
            return;
        }
        XSSFSheet sheet = book.createSheet(NAME);
        CellStyle header = book.createCellStyle();
        XSSFFont bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle wrapped = book.createCellStyle();
        wrapped.setWrapText(true);
        CellStyle editable = book.createCellStyle();
        editable.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        editable.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFRow top = sheet.createRow(0);
        XSSFRow items = sheet.createRow(1);
        for (int c = 0; c < HEADERS.size(); c++) {
            String column = HEADERS.get(c);
            top.createCell(c).setCellValue(column);
            top.getCell(c).setCellStyle(header);
            items.createCell(c).setCellValue("${review." + column + "}");
            boolean forEditor = column.equals("action") || column.equals("fix");
            items.getCell(c).setCellStyle(forEditor ? editable : wrapped);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, 1);
    }
}
