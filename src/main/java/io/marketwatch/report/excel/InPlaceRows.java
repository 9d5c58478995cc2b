package io.marketwatch.report.excel;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTOneCellAnchor;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;

/**
 * Expands a short list's template row in place: one row per item, the rows below (cells, merged
 * cells, names, tables, charts and their data ranges) moved down to make room, and names and chart
 * ranges of exactly the template row grown to cover the items.
 */
final class InPlaceRows {

    private final CellWriter writer;
    private final ChartRanges charts;

    InPlaceRows(CellWriter writer, ChartRanges charts) {
        this.writer = writer;
        this.charts = charts;
    }

    void expand(RepeatRow row) {
        expand(row, row.list());
    }

    private <T> void expand(RepeatRow row, ItemList<T> list) {
        XSSFSheet sheet = row.sheet();
        int first = row.index();
        List<T> items = list.items();
        int extra = Math.max(items.size() - 1, 0);
        List<CellRangeAddress> merged = sheet.getMergedRegions().stream()
                .filter(region -> region.getFirstRow() == first && region.getLastRow() == first)
                .toList();
        RowFit fit = new RowFit(sheet, row.slots(), merged);
        if (extra > 0) {
            if (first < sheet.getLastRowNum()) {
                sheet.shiftRows(first + 1, sheet.getLastRowNum(), extra, true, false);
            }
            shiftDrawings(sheet, first, extra);
            shiftTables(sheet, first, extra);
            charts.shift(sheet.getSheetName(), first, extra);
        }
        for (int i = 0; i < items.size(); i++) {
            XSSFRow target = i == 0 ? sheet.getRow(first) : sheet.createRow(first + i);
            if (i > 0) {
                int offset = i;
                merged.forEach(region -> sheet.addMergedRegionUnsafe(new CellRangeAddress(first + offset,
                        first + offset, region.getFirstColumn(), region.getLastColumn())));
            }
            if (row.height() >= 0) {
                target.setHeightInPoints(row.height());
            }
            for (RepeatRow.Slot slot : row.slots()) {
                Cell cell = target.getCell(slot.column());
                cell = cell == null ? target.createCell(slot.column()) : cell;
                writer.write(cell, slot.style(), RepeatRow.value(list, slot, items.get(i)), SheetLinks.INSTANCE);
            }
            if (row.height() < 0) {
                fit.apply(target);
            }
        }
        if (items.isEmpty()) {
            row.slots().stream().filter(slot -> slot.field() != null)
                    .forEach(slot -> sheet.getRow(first).getCell(slot.column()).setBlank());
        }
        charts.extend(sheet.getSheetName(), first, items.size());
        extendNames(sheet, first, items.size());
    }

    /** Pictures and charts anchored below the row move down with the rows. */
    private static void shiftDrawings(XSSFSheet sheet, int row, int count) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing == null) {
            return;
        }
        for (CTTwoCellAnchor anchor : drawing.getCTDrawing().getTwoCellAnchorList()) {
            if (anchor.getFrom().getRow() > row) {
                moveDown(anchor.getFrom(), count);
                moveDown(anchor.getTo(), count);
            }
        }
        for (CTOneCellAnchor anchor : drawing.getCTDrawing().getOneCellAnchorList()) {
            if (anchor.getFrom().getRow() > row) {
                moveDown(anchor.getFrom(), count);
            }
        }
    }

    /** Tables below the row move down with it (POI moves their cells, not the tables). */
    private static void shiftTables(XSSFSheet sheet, int row, int count) {
        for (XSSFTable table : sheet.getTables()) {
            if (table.getStartRowIndex() > row) {
                table.setCellReferences(new AreaReference(
                        new CellReference(table.getStartRowIndex() + count, table.getStartColIndex()),
                        new CellReference(table.getEndRowIndex() + count, table.getEndColIndex()),
                        SpreadsheetVersion.EXCEL2007));
            }
        }
    }

    private static void moveDown(CTMarker marker, int count) {
        marker.setRow(marker.getRow() + count);
    }

    /** A defined name of exactly the template row (Summary!$A$19:$B$19) grows to cover every item. */
    private static void extendNames(XSSFSheet sheet, int row, int count) {
        for (Name name : sheet.getWorkbook().getAllNames()) {
            String formula = name.getRefersToFormula();
            if (formula == null || !AreaReference.isContiguous(formula) || !formula.contains("!")) {
                continue;
            }
            AreaReference area = new AreaReference(formula, SpreadsheetVersion.EXCEL2007);
            CellReference from = area.getFirstCell();
            CellReference to = area.getLastCell();
            SheetArea before = new SheetArea(from.getSheetName(),
                    new CellRangeAddress(from.getRow(), to.getRow(), from.getCol(), to.getCol()));
            SheetArea after = before.extended(sheet.getSheetName(), row, count);
            if (after != before) {
                CellRangeAddress cells = after.cells();
                name.setRefersToFormula(new AreaReference(
                        new CellReference(after.sheet(), cells.getFirstRow(), cells.getFirstColumn(), true, true),
                        new CellReference(after.sheet(), cells.getLastRow(), cells.getLastColumn(), true, true),
                        SpreadsheetVersion.EXCEL2007).formatAsString());
            }
        }
    }
}
