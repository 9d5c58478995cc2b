package io.marketwatch.report.excel;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;

/**
 * Writes a long list from its template row onwards through the streaming workbook, then stretches
 * the Excel table around the template row (its header, autofilter and banding) over every written row.
 */
final class StreamedRows {

    private final StreamingWorkbook workbook;
    private final CellWriter writer;

    StreamedRows(StreamingWorkbook workbook, CellWriter writer) {
        this.workbook = workbook;
        this.writer = writer;
    }

    /** Removes the template row from the in-memory sheet, so that streamed rows can take its place. */
    static void clear(RepeatRow row) {
        row.sheet().removeRow(row.sheet().getRow(row.index()));
    }

    void write(RepeatRow row) {
        write(row, row.list());
    }

    private <T> void write(RepeatRow row, ItemList<T> list) {
        List<T> items = list.items();
        int maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows();
        if (row.index() + items.size() > maxRows) {
            throw new IllegalStateException(row.sheet().getSheetName() + ": " + items.size()
                    + " rows do not fit in one sheet (Excel's limit is " + maxRows + " rows)");
        }
        SXSSFSheet sheet = workbook.getSheet(row.sheet().getSheetName());
        HyperlinkSpool links = workbook.links(sheet);
        RowFit fit = new RowFit(row.sheet(), row.slots(), List.of());
        for (int i = 0; i < items.size(); i++) {
            Row target = sheet.createRow(row.index() + i);
            if (row.height() >= 0) {
                target.setHeightInPoints(row.height());
            }
            for (RepeatRow.Slot slot : row.slots()) {
                writer.write(target.createCell(slot.column()), slot.style(), RepeatRow.value(list, slot, items.get(i)),
                        links);
            }
            if (row.height() < 0) {
                fit.apply(target);
            }
        }
        stretchTable(row, items.size());
    }

    private static void stretchTable(RepeatRow row, int count) {
        for (XSSFTable table : row.sheet().getTables()) {
            if (table.getStartRowIndex() < row.index() && table.getEndRowIndex() >= row.index()) {
                // a table keeps at least one data row, blank when the list is empty
                int lastRow = row.index() + Math.max(count, 1) - 1;
                table.setArea(new AreaReference(
                        new CellReference(table.getStartRowIndex(), table.getStartColIndex()),
                        new CellReference(lastRow, table.getEndColIndex()), SpreadsheetVersion.EXCEL2007));
            }
        }
    }
}
