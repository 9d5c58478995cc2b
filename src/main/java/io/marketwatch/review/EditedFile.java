package io.marketwatch.review;

import io.marketwatch.report.ReviewRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an edited review file: the CSV ({@code review.csv}) or the workbook's "Review" sheet. Only
 * the {@code id}, {@code action} and {@code fix} columns matter; they are found by their header.
 */
final class EditedFile {

    private static final String SHEET = "Review";
    private static final List<String> NEEDED = List.of("id", "action", "fix");

    private EditedFile() {
    }

    static List<EditedRow> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? readWorkbook(file) : readCsv(file);
    }

    private static List<EditedRow> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<EditedRow> rows = new ArrayList<>();
        try (Reader in = new StringReader(text); CSVParser csv = CSVParser.builder().setReader(in).setFormat(format).get()) {
            checkHeader(file, csv.getHeaderNames());
            for (CSVRecord r : csv) {
                rows.add(new EditedRow((int) r.getRecordNumber() + 1, value(r, "id"), value(r, "action"), value(r, "fix")));
            }
        }
        return rows;
    }

    private static String value(CSVRecord r, String column) {
        return r.isSet(column) ? r.get(column).strip() : "";
    }

    private static List<EditedRow> readWorkbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet(SHEET);
            if (sheet == null) {
                throw new IOException(file + " has no sheet \u201c" + SHEET + "\u201d");
            }
            DataFormatter text = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<String, Integer> columns = new HashMap<>();
            for (Cell cell : header) {
                columns.put(text.formatCellValue(cell).strip(), cell.getColumnIndex());
            }
            checkHeader(file, List.copyOf(columns.keySet()));
            List<EditedRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == header.getRowNum()) {
                    continue;
                }
                String id = cell(row, columns.get("id"), text);
                String action = cell(row, columns.get("action"), text);
                String fix = cell(row, columns.get("fix"), text);
                if (!id.isEmpty() || !action.isEmpty() || !fix.isEmpty()) {
                    rows.add(new EditedRow(row.getRowNum() + 1, id, action, fix));
                }
            }
            return rows;
        }
    }

    private static String cell(Row row, int column, DataFormatter text) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : text.formatCellValue(cell).strip();
    }

    private static void checkHeader(Path file, List<String> header) throws IOException {
        List<String> missing = NEEDED.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IOException(file + " is not a review file: no column " + String.join(", ", missing)
                    + " (expected " + String.join(",", ReviewRows.COLUMNS) + ")");
        }
    }
}
