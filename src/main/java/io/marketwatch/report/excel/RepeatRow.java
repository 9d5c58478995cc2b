package io.marketwatch.report.excel;

import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A template row of placeholders of one list: written once per item, each cell in its template
 * cell's style.
 *
 * @param sheet  the template sheet
 * @param index  0-based row index in the template
 * @param list   the list it repeats
 * @param slots  the row's cells, placeholders and plain ones (those keep only their style)
 * @param height the row's height in points when the template sets one, else -1
 */
record RepeatRow(XSSFSheet sheet, int index, ItemList<?> list, List<Slot> slots, float height) {

    RepeatRow {
        slots = List.copyOf(slots);
    }

    /**
     * One cell of the row.
     *
     * @param column 0-based column
     * @param style  the template cell's style
     * @param field  the list field it shows ("amount"), or null for a cell without placeholder
     */
    record Slot(int column, CellStyle style, String field) {
    }

    /** The same row once it has become the last row of its sheet: where a long list's row is after short lists above it grew. */
    RepeatRow atLastRow() {
        return new RepeatRow(sheet, sheet.getLastRowNum(), list, slots, height);
    }

    /** The value a slot shows for an item: null for a slot without placeholder. */
    static <T> Object value(ItemList<T> list, Slot slot, T item) {
        if (slot.field() == null) {
            return null;
        }
        Function<T, Object> field = list.field(slot.field()).orElseThrow();
        return field.apply(item);
    }
}
