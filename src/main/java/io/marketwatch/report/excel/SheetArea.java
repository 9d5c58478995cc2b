package io.marketwatch.report.excel;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A block of cells on a named sheet that follows the rows it covers when a template row is
 * repeated: blocks below move down, a block of exactly the repeated row grows with it.
 */
record SheetArea(String sheet, CellRangeAddress cells) {

    SheetArea shiftedBelow(String sheetName, int row, int count) {
        if (!sheetName.equals(sheet) || cells.getFirstRow() <= row) {
            return this;
        }
        return new SheetArea(sheet, new CellRangeAddress(cells.getFirstRow() + count, cells.getLastRow() + count,
                cells.getFirstColumn(), cells.getLastColumn()));
    }

    SheetArea extended(String sheetName, int row, int count) {
        if (!sheetName.equals(sheet) || cells.getFirstRow() != row || cells.getLastRow() != row || count < 1) {
            return this;
        }
        return new SheetArea(sheet, new CellRangeAddress(row, row + count - 1, cells.getFirstColumn(),
                cells.getLastColumn()));
    }
}
