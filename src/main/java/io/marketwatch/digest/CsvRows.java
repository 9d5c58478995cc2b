package io.marketwatch.digest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits CSV text into rows with Apache Commons CSV (RFC 4180: fields separated by commas, rows by
 * CRLF, LF or CR; a field in double quotes may hold commas, line breaks and doubled quotes; a quote
 * inside an unquoted field is read as a character). Unlike a plain parser it carries on past a
 * malformed row: the row is kept with its error and its line, and reading resumes on the next line.
 * A quoted field that is never closed ends the text. Blank lines are skipped.
 */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final String text;
    /** Offsets where each line starts: {@code lineStarts[i]} is the start of line i + 1. */
    private final int[] lineStarts;

    private CsvRows(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.lineStarts = lineStarts(this.text);
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
        int from = 0;
        while (from < text.length()) {
            from = readFrom(from, rows);
        }
        return rows;
    }

    /** Reads rows from a line start until the text ends or a row fails; returns where to go on. */
    private int readFrom(int from, List<Row> rows) {
        int firstLine = lineOf(from);
        int resume = from;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.substring(from))).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                rows.add(new Row(lineOf(from + (int) record.getCharacterPosition()), record.toList(), null));
                resume = lineStart(firstLine + (int) parser.getCurrentLineNumber());
            }
            return text.length();
        } catch (UncheckedIOException | IOException e) {
            int start = firstNonBlankAt(resume);
            int line = lineOf(start);
            String reason = reason(e);
            if (reason == null) {
                rows.add(new Row(line, List.of(), "a quoted field opened on line " + line + " is never closed"));
                return text.length();
            }
            rows.add(new Row(line, List.of(), reason));
            return lineStart(line + 1);
        }
    }

    /** What went wrong, in the user's words; null when a quoted field runs to the end of the text. */
    private static String reason(Exception e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("eof reached before encapsulated token")) {
            return null;
        }
        if (message.contains("between encapsulated token and delimiter")) {
            return "text after the closing quote of a field";
        }
        return "unreadable row: " + e.getMessage();
    }

    private int firstNonBlankAt(int offset) {
        int at = offset;
        while (at < text.length() - 1 && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    /** The offset where a line (from 1) starts, or the end of the text past the last line. */
    private int lineStart(int line) {
        return line - 1 < lineStarts.length ? lineStarts[line - 1] : text.length();
    }

    private int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if ((c == '\n' || c == '\r') && i + 1 < text.length()) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
