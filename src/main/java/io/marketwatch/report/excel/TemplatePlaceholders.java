package io.marketwatch.report.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Finds the template's placeholders: a cell whose whole text is {@code ${key}}. Keys outside any
 * list ({@code ${asOf}}) are filled where they stand; a row of list keys ({@code ${investment.amount}})
 * becomes a {@link RepeatRow}. Fails on an unknown key, with the cell and the keys it knows.
 */
final class TemplatePlaceholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{\\s*([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*)\\s*}");

    private final BriefingFields fields;
    private final CellWriter writer;
    private final String templateName;

    TemplatePlaceholders(BriefingFields fields, CellWriter writer, String templateName) {
        this.fields = fields;
        this.writer = writer;
        this.templateName = templateName;
    }

    /** Fills the single values and returns the repeat rows, in sheet and row order. */
    List<RepeatRow> fill(XSSFWorkbook book) {
        List<RepeatRow> repeats = new ArrayList<>();
        for (int s = 0; s < book.getNumberOfSheets(); s++) {
            XSSFSheet sheet = book.getSheetAt(s);
            for (Row row : sheet) {
                scan(sheet, (XSSFRow) row).ifPresent(repeats::add);
            }
        }
        return repeats;
    }

    private Optional<RepeatRow> scan(XSSFSheet sheet, XSSFRow row) {
        ItemList<?> list = null;
        List<RepeatRow.Slot> slots = new ArrayList<>();
        for (Cell cell : row) {
            String key = key(cell);
            if (key == null) {
                slots.add(new RepeatRow.Slot(cell.getColumnIndex(), cell.getCellStyle(), null));
            } else if (fields.isScalar(key)) {
                writer.write(cell, cell.getCellStyle(), fields.scalar(key), SheetLinks.INSTANCE);
            } else {
                ItemList<?> owner = fields.listOf(key).filter(l -> l.field(field(key)).isPresent())
                        .orElseThrow(() -> fail(cell, "unknown placeholder ${" + key + "}; known keys: " + fields.knownKeys()));
                if (list != null && list != owner) {
                    throw fail(cell, "one row repeats one list, but this row mixes " + list.name() + " and " + owner.name());
                }
                list = owner;
                slots.add(new RepeatRow.Slot(cell.getColumnIndex(), cell.getCellStyle(), field(key)));
            }
        }
        if (list == null) {
            return Optional.empty();
        }
        if (list.streamed() && row.getRowNum() != sheet.getLastRowNum()) {
            throw fail(row.getCell(row.getFirstCellNum()), "the " + list.name()
                    + " row can be long, so it must be the last row of its sheet");
        }
        float height = row.getCTRow().getCustomHeight() ? row.getHeightInPoints() : -1;
        return Optional.of(new RepeatRow(sheet, row.getRowNum(), list, slots, height));
    }

    private static String key(Cell cell) {
        if (cell.getCellType() != CellType.STRING) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(cell.getStringCellValue().strip());
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static String field(String key) {
        return key.substring(key.indexOf('.') + 1);
    }

    private IllegalStateException fail(Cell cell, String problem) {
        return new IllegalStateException("workbook template " + templateName + ", " + cell.getSheet().getSheetName()
                + "!" + cell.getAddress() + ": " + problem);
    }
}
