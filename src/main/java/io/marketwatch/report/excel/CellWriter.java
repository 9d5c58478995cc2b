package io.marketwatch.report.excel;

import io.marketwatch.extract.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Writes a briefing value into a cell by its type: numbers and money as numbers, dates as dates,
 * text always as a string (never a formula), lists as text joined with "; ", links as text with a
 * hyperlink.
 */
final class CellWriter {

    static final String LIST_SEPARATOR = "; ";

    private final CellStyles styles;

    CellWriter(CellStyles styles) {
        this.styles = styles;
    }

    void write(Cell cell, CellStyle base, Object value, LinkSink links) {
        if (value instanceof Money money) {
            cell.setCellValue(money.value().doubleValue());
            boolean fractional = money.value().stripTrailingZeros().scale() > 0;
            cell.setCellStyle(styles.currency(base, money.currency(), fractional));
        } else if (value instanceof Number number) {
            writeNumber(cell, base, number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.dated(base, CellStyles.DATE_FORMAT));
        } else if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(styles.dated(base, CellStyles.DATE_TIME_FORMAT));
        } else if (value instanceof Link link) {
            CellStyle style = writeText(cell, base, link.text() == null ? "" : link.text());
            boolean linked = link.address().map(address -> links.link(cell, address)).orElse(false);
            cell.setCellStyle(linked ? styles.linked(style) : style);
        } else if (value instanceof Collection<?> items) {
            String joined = items.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR));
            cell.setCellStyle(writeText(cell, base, joined));
        } else if (value instanceof Enum<?> constant) {
            cell.setCellStyle(writeText(cell, base, constant.name()));
        } else if (value != null) {
            cell.setCellStyle(writeText(cell, base, value.toString()));
        } else {
            cell.setBlank();
            cell.setCellStyle(base);
        }
    }

    private void writeNumber(Cell cell, CellStyle base, double number) {
        if (Double.isFinite(number)) {
            cell.setCellValue(number);
        } else {
            cell.setBlank();
        }
        cell.setCellStyle(base);
    }

    /** Writes the text as a string cell and returns the style it needs. */
    private CellStyle writeText(Cell cell, CellStyle base, String raw) {
        String text = CellText.of(raw);
        if (text.isEmpty()) {
            cell.setBlank();
            return base;
        }
        cell.setCellValue(text);
        return CellText.looksLikeFormula(text) ? styles.quoted(base) : base;
    }
}
