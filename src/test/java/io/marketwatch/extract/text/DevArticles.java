package io.marketwatch.extract.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dev articles and their gold files (test resources), read roughly for the lexical tests: Markdown and plain text as
 * they are (front matter dropped), NewsAPI JSON as its text fields, HTML and RSS with tags stripped.
 */
public final class DevArticles {

    private static final Path DEV = Path.of("src/test/resources/eval/dev");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DevArticles() {
    }

    /** @return every gold file, parsed */
    public static List<JsonNode> gold() {
        try (Stream<Path> files = Files.list(DEV.resolve("gold"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(DevArticles::json).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the rough plain text of the article file a gold file names ("articles/x.md") */
    public static String text(String file) {
        Path path = DEV.resolve(file);
        String raw = read(path);
        String name = path.getFileName().toString();
        if (name.endsWith(".md")) {
            return raw.startsWith("---") ? raw.substring(raw.indexOf("\n---", 3) + 4) : raw;
        }
        if (name.endsWith(".json")) {
            List<String> parts = new ArrayList<>();
            for (JsonNode item : JSON.readTree(raw)) {
                for (String field : List.of("title", "description", "content")) {
                    parts.add(item.path(field).asString(""));
                }
            }
            return String.join("\n\n", parts);
        }
        if (name.endsWith(".html") || name.endsWith(".xml")) {
            String text = raw.replaceAll("(?s)<(script|style)\\b.*?</\\1>", "")
                    .replaceAll("<[^>]*>", "\n")
                    .replace("]]>", "\n");
            return Parser.unescapeEntities(text, false);
        }
        return raw;
    }

    private static JsonNode json(Path path) {
        return JSON.readTree(read(path));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
