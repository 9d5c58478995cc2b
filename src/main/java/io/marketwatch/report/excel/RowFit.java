package io.marketwatch.report.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Gives a repeated row the height its wrapped text needs. Neither Excel (for merged cells) nor
 * LibreOffice fit row heights reliably when they open a file, so the height is estimated from the
 * text's length, the column's width and the font: a little generous rather than cutting text off.
 */
final class RowFit {

    /** Excel's tallest row. */
    static final float MAX_HEIGHT = 409;
    /** Line height over font size, as Excel lays out text. */
    private static final float LINE_SPACING = 1.3f;
    /** Column widths count characters of the workbook's default font, 11 points. */
    private static final float WIDTH_FONT_POINTS = 11;
    /** Words wrap before the edge: lines hold fewer characters than the width. */
    private static final float WRAP_WASTE = 1.15f;

    private final List<RepeatRow.Slot> slots;
    /** Per slot: characters of the default font across its column or merged block, or 0 when it does not wrap. */
    private final float[] widths;
    private final float[] fontPoints;

    RowFit(XSSFSheet sheet, List<RepeatRow.Slot> slots, List<CellRangeAddress> merged) {
        this.slots = slots;
        this.widths = new float[slots.size()];
        this.fontPoints = new float[slots.size()];
        for (int i = 0; i < slots.size(); i++) {
            RepeatRow.Slot slot = slots.get(i);
            if (!slot.style().getWrapText()) {
                continue;
            }
            int first = slot.column();
            int last = merged.stream().filter(region -> region.getFirstColumn() == first)
                    .mapToInt(CellRangeAddress::getLastColumn).findFirst().orElse(first);
            for (int column = first; column <= last; column++) {
                widths[i] += sheet.getColumnWidth(column) / 256f;
            }
            fontPoints[i] = ((XSSFCellStyle) slot.style()).getFont().getFontHeightInPoints();
        }
    }

    void apply(Row row) {
        float height = row.getHeightInPoints();
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] > 0) {
                Cell cell = row.getCell(slots.get(i).column());
                if (cell != null && cell.getCellType() == CellType.STRING) {
                    height = Math.max(height, height(cell.getStringCellValue(), widths[i], fontPoints[i]));
                }
            }
        }
        if (height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
    }

    static float height(String text, float widthInChars, float fontPoints) {
        float charsPerLine = Math.max(1f, widthInChars * WIDTH_FONT_POINTS / fontPoints - 1);
        int lines = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            lines += Math.max(1, (int) Math.ceil((end - start) * WRAP_WASTE / charsPerLine));
            start = end + 1;
        }
        return Math.min(MAX_HEIGHT, lines * fontPoints * LINE_SPACING + 3);
    }
}
