package io.marketwatch.digest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads subscribers from a UTF-8 CSV file (RFC 4180) with the header {@code email,name,watchlist}.
 * The watchlist column lists company names separated by ';'; leave it empty for every company.
 * Columns may come in any order; name and watchlist may be left out. A bad line is reported with
 * its number and skipped.
 */
final class SubscriberCsv {

    private static final List<String> COLUMNS = List.of("email", "name", "watchlist");

    private SubscriberCsv() {
    }

    static Subscribers read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 text", e);
        }
        return parse(file.toString(), text);
    }

    static Subscribers parse(String source, String text) {
        Subscribers.Builder subscribers = new Subscribers.Builder(source);
        List<CsvRows.Row> rows = CsvRows.parse(text);
        if (rows.isEmpty()) {
            subscribers.problem(1, "empty file: expected the header " + String.join(",", COLUMNS));
            return subscribers.build();
        }
        CsvRows.Row header = rows.get(0);
        List<String> names = header.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        if (header.error() != null || !names.contains("email") || !COLUMNS.containsAll(names)) {
            subscribers.problem(header.line(), "expected the header " + String.join(",", COLUMNS) + ", found "
                    + String.join(",", header.fields()));
            return subscribers.build();
        }
        int email = names.indexOf("email");
        int name = names.indexOf("name");
        int watchlist = names.indexOf("watchlist");
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            if (row.error() != null) {
                subscribers.problem(row.line(), row.error());
            } else if (row.fields().size() != names.size()) {
                subscribers.problem(row.line(), "expected " + names.size() + " fields, found " + row.fields().size());
            } else {
                subscribers.add(row.line(), row.fields().get(email), field(row, name), field(row, watchlist));
            }
        }
        return subscribers.build();
    }

    private static String field(CsvRows.Row row, int index) {
        return index < 0 ? null : row.fields().get(index);
    }
}
