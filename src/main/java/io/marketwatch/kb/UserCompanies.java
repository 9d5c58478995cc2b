package io.marketwatch.kb;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The user's own entries: every {@code *.csv} of a folder, in name order, with the header
 * {@code name,aliases,ticker,country,sector,parent,kind} ({@code kind} may be left out). Aliases
 * are separated by {@code |}; {@code kind} is company (the default), person, product or other; a
 * person's or product's {@code parent} names its company. A malformed row fails the whole read
 * with the file, the line and the reason.
 */
final class UserCompanies {

    static final List<String> HEADER = List.of("name", "aliases", "ticker", "country", "sector", "parent", "kind");
    private static final Set<String> REQUIRED = Set.of("name", "aliases", "ticker", "country", "sector", "parent");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private UserCompanies() {
    }

    /** The entries of every CSV file in {@code dir}; parents resolve among them, then in {@code base}. */
    static List<KnownEntity> read(Path dir, KnowledgeBase base) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (Path file : csvFiles(dir)) {
            rows.addAll(rows(file));
        }
        Map<String, String> userIds = new HashMap<>();
        for (Row r : rows) {
            userIds.putIfAbsent(String.join(" ", NameWords.of(r.name())), id(r.name()));
        }
        List<KnownEntity> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new KnownEntity(id(r.name()), r.kind(), r.name(), r.aliases(), false, r.ticker(), null, null, null,
                    null, null, null, null, r.country(), r.sector(), null, null, parentId(r.parent(), userIds, base)));
        }
        return out;
    }

    private static List<Path> csvFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    private static List<Row> rows(Path file) {
        List<Row> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            checkHeader(file, parser.getHeaderNames());
            for (CSVRecord record : parser) {
                out.add(row(file, parser.getCurrentLineNumber(), record));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UserCompanyException(file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static void checkHeader(Path file, List<String> header) {
        if (!HEADER.containsAll(header) || !header.containsAll(REQUIRED) || !inOrder(header)) {
            throw new UserCompanyException(file + ":1: the header must be " + String.join(",", HEADER)
                    + " (kind may be left out), not " + String.join(",", header));
        }
    }

    private static boolean inOrder(List<String> header) {
        return header.equals(HEADER.subList(0, header.size()));
    }

    private static Row row(Path file, long line, CSVRecord record) {
        String where = file + ":" + line + ": ";
        if (!record.isConsistent()) {
            throw new UserCompanyException(where + "expected " + record.getParser().getHeaderNames().size()
                    + " fields, found " + record.size());
        }
        String name = record.get("name");
        if (name.isEmpty() || NameWords.of(name).isEmpty()) {
            throw new UserCompanyException(where + "the name is empty");
        }
        String kindText = record.isMapped("kind") && !record.get("kind").isEmpty() ? record.get("kind") : "company";
        EntityKind kind;
        try {
            kind = EntityKind.parse(kindText);
        } catch (IllegalArgumentException e) {
            throw new UserCompanyException(where + "kind \"" + kindText + "\" is not one of company, person, product, other");
        }
        String country = record.get("country");
        if (!country.isEmpty() && !country.matches("[A-Za-z]{2}")) {
            throw new UserCompanyException(where + "country \"" + country + "\" is not a two-letter ISO code (US, IN, JP)");
        }
        String ticker = record.get("ticker");
        if (ticker.chars().anyMatch(Character::isWhitespace)) {
            throw new UserCompanyException(where + "ticker \"" + ticker + "\" contains a space");
        }
        String parent = record.get("parent");
        if (kind == EntityKind.OTHER && !parent.isEmpty()) {
            throw new UserCompanyException(where + "a name that is not a company has no parent");
        }
        List<String> aliases = Arrays.stream(record.get("aliases").split("\\|")).map(String::trim)
                .filter(a -> !a.isEmpty()).toList();
        return new Row(name, aliases, blank(ticker), blank(country.toUpperCase(Locale.ROOT)), blank(record.get("sector")),
                parent, kind);
    }

    private static String parentId(String parent, Map<String, String> userIds, KnowledgeBase base) {
        if (parent.isEmpty()) {
            return null;
        }
        String user = userIds.get(String.join(" ", NameWords.of(parent)));
        return user != null ? user : base.lookup(parent).company().map(KnownEntity::kbId).orElse(null);
    }

    private static String id(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return "user-" + ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }

    private record Row(String name, List<String> aliases, String ticker, String country, String sector, String parent,
                       EntityKind kind) {
    }
}
