package io.marketwatch.review;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The editors' rows of the user's knowledge base: {@code editor.csv} in {@code marketwatch.kb.user-dir},
 * with the header {@code name,aliases,ticker,country,sector,parent,kind}. A contract with the
 * knowledge base, whose loader reads the folder at the start of each run: rows are appended, the
 * header is written once, a row already there is not written again.
 */
final class EditorKnowledgeFile {

    static final String FILE_NAME = "editor.csv";
    static final List<String> HEADER = List.of("name", "aliases", "ticker", "country", "sector", "parent", "kind");

    private final Path folder;

    EditorKnowledgeFile(Path folder) {
        this.folder = folder;
    }

    Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** Appends the entries not yet in the file; returns how many were written. */
    int append(List<EditorEntry> entries) throws IOException {
        if (entries.isEmpty()) {
            return 0;
        }
        Files.createDirectories(folder);
        Path file = file();
        boolean exists = Files.exists(file) && Files.size(file) > 0;
        Set<String> known = exists ? known(file) : new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        int written = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND); CSVPrinter csv = new CSVPrinter(out, format)) {
            if (!exists) {
                csv.printRecord(HEADER);
            }
            for (EditorEntry e : entries) {
                if (known.add(key(e.name(), e.kind()))) {
                    csv.printRecord(e.name(), "", "", "", "", e.parent(), e.kind());
                    written++;
                }
            }
        }
        return written;
    }

    private static Set<String> known(Path file) throws IOException {
        Set<String> known = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.builder().setReader(in).setFormat(format).get()) {
            for (CSVRecord r : csv) {
                if (r.isSet("name") && r.isSet("kind")) {
                    known.add(key(r.get("name"), r.get("kind")));
                }
            }
        }
        return known;
    }

    private static String key(String name, String kind) {
        return name.strip().toLowerCase(Locale.ROOT) + "\u0000" + kind.strip().toLowerCase(Locale.ROOT);
    }
}
