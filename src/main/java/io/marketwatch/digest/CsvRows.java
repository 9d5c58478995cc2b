package io.marketwatch.digest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows as RFC 4180 defines them: fields separated by commas, rows by CRLF
 * (LF or CR alone also accepted), a field in double quotes may hold commas, line breaks and
 * doubled quotes. A malformed row is kept with its error and reading goes on at the next line.
 * Blank lines are skipped.
 */
final class CsvRows {

    private final String text;
    private int pos;
    private int line = 1;

    private CsvRows(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * @param line   the line the row starts on, from 1
     * @param fields the fields, unquoted
     * @param error  what is wrong with the row, or null
     */
    record Row(int line, List<String> fields, String error) {

        Row {
            fields = List.copyOf(fields);
        }
    }

    static List<Row> parse(String text) {
        return new CsvRows(text).rows();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        while (pos < text.length()) {
            int start = line;
            Row row = row(start);
            boolean blank = row.error() == null && row.fields().size() == 1 && row.fields().get(0).isEmpty();
            if (!blank) {
                rows.add(row);
            }
        }
        return rows;
    }

    private Row row(int start) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (pos < text.length() && text.charAt(pos) == '"') {
                pos++;
                String error = quoted(field, start);
                if (error != null) {
                    return new Row(start, fields, error);
                }
            } else {
                while (pos < text.length() && !isEnd(text.charAt(pos))) {
                    char c = text.charAt(pos++);
                    if (c == '"') {
                        return failed(start, fields, "a double quote inside an unquoted field (quote the whole field)");
                    }
                    field.append(c);
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (pos >= text.length()) {
                return new Row(start, fields, null);
            }
            char c = text.charAt(pos++);
            if (c != ',') {
                endLine(c);
                return new Row(start, fields, null);
            }
        }
    }

    /** Reads a quoted field after its opening quote; returns an error or null. */
    private String quoted(StringBuilder field, int start) {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    field.append('"');
                    pos++;
                } else if (pos < text.length() && !isEnd(text.charAt(pos))) {
                    skipLine();
                    return "text after the closing quote of a field";
                } else {
                    return null;
                }
            } else {
                if (c == '\n' || c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n')) {
                    line++;
                }
                field.append(c);
            }
        }
        return "a quoted field opened on line " + start + " is never closed";
    }

    private Row failed(int start, List<String> fields, String error) {
        skipLine();
        return new Row(start, fields, error);
    }

    private static boolean isEnd(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }

    private void endLine(char c) {
        if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
    }

    private void skipLine() {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\n' || c == '\r') {
                endLine(c);
                return;
            }
        }
    }
}
