package io.marketwatch.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * The front matter of a Markdown file. YAML is read with SnakeYAML's SafeConstructor: plain maps,
 * lists and scalars only (no application types), a bounded number of aliases, a bounded nesting
 * depth and size; TOML with Jackson's TOML reader into plain maps. Dates stay text, so that they are
 * read as written.
 *
 * @param fields the mapping (empty when the file has no front matter)
 * @param body   the Markdown after the front matter
 */
record FrontMatter(Map<String, Object> fields, String body) {

    private static final int MAX_ALIASES = 20;
    private static final int MAX_DEPTH = 20;
    private static final int MAX_CODE_POINTS = 1_000_000;
    private static final String TOML_FENCE = "+++";
    /** Dates stay text, as with YAML (reading them as java.time is off by default). */
    private static final TomlMapper TOML = TomlMapper.builder().build();
    /** SnakeYAML's Yaml is not thread-safe: one per thread, built once. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(FrontMatter::newYaml);

    /**
     * Splits the front matter from the body and reads it: YAML between a first line "---" and the next
     * "---" or "...", or TOML between a first line "+++" and the next "+++" (as Hugo writes it).
     *
     * @throws UnreadableInputException when it is not closed, not valid YAML or TOML, or not a mapping
     */
    static FrontMatter read(String text) throws UnreadableInputException {
        List<String> lines = text.lines().limit(2).toList();
        String fence = lines.isEmpty() ? "" : lines.get(0).strip();
        if (!fence.equals("---") && !fence.equals(TOML_FENCE)) {
            return unfenced(text);
        }
        boolean toml = fence.equals(TOML_FENCE);
        int start = text.indexOf('\n') + 1;
        int lineStart = start;
        while (lineStart < text.length()) {
            int next = text.indexOf('\n', lineStart);
            int lineEnd = next < 0 ? text.length() : next;
            String line = text.substring(lineStart, lineEnd).strip();
            if (toml ? line.equals(TOML_FENCE) : line.equals("---") || line.equals("...")) {
                String block = text.substring(start, lineStart);
                Map<String, Object> fields = toml ? loadToml(block) : load(block);
                return new FrontMatter(fields, next < 0 ? "" : text.substring(next + 1));
            }
            lineStart = lineEnd + 1;
        }
        throw new UnreadableInputException("front matter is not closed: no '" + fence + "' line ends it");
    }

    /**
     * MultiMarkdown's metadata: "Key: value" lines from the first line to the first blank one ("Title:",
     * "Date:", "Source:"). Taken only when one key is a field this reader knows, so that a first paragraph
     * such as "Note: …" stays text; else no front matter.
     */
    private static FrontMatter unfenced(String text) {
        Map<String, Object> fields = new LinkedHashMap<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int next = text.indexOf('\n', lineStart);
            int lineEnd = next < 0 ? text.length() : next;
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.isEmpty()) {
                break;
            }
            Matcher field = METADATA_LINE.matcher(line);
            if (!field.matches()) {
                return new FrontMatter(Map.of(), text);
            }
            fields.put(field.group(1).strip(), field.group(2).strip());
            lineStart = lineEnd + 1;
        }
        boolean known = fields.keySet().stream().map(FrontMatter::key).anyMatch(METADATA_KEYS::contains);
        return known ? new FrontMatter(fields, lineStart < text.length() ? text.substring(lineStart) : "")
                : new FrontMatter(Map.of(), text);
    }

    private static final Pattern METADATA_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9 _-]{0,30}):\\s*(.*)");
    private static final Set<String> METADATA_KEYS = Set.of(
            "title", "headline", "date", "published", "publishedat", "pubdate", "publishdate", "datepublished", "author", "url", "link", "source", "outlet");

    /** A key as it is looked up: case, spaces, "_" and "-" ignored ("Published At", "published_at", "publishedAt"). */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[ _-]", "");
    }

    /** A field's value by this name, written as it is or compared as {@link #key} does; else null. */
    private Object field(String name) {
        Object exact = fields.get(name);
        if (exact != null) {
            return exact;
        }
        String wanted = key(name);
        return fields.entrySet().stream().filter(e -> key(String.valueOf(e.getKey())).equals(wanted))
                .map(Map.Entry::getValue).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * A field as text: a scalar, or the "name" of a mapping (source: {name: ...}); else null. Names are
     * compared as {@link #key} does, so "PublishedAt:", "pubDate:" and "Title:" are found as written.
     */
    String text(String... names) {
        for (String name : names) {
            Object value = field(name);
            if (value instanceof Map<?, ?> map) {
                value = map.get("name");
            }
            if (value != null && !(value instanceof Map) && !(value instanceof List)) {
                String text = value.toString().strip();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String yaml) throws UnreadableInputException {
        Object loaded;
        try {
            loaded = YAML.get().load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark != null ? "line " + (mark.getLine() + 2) + ": " : "";
            throw new UnreadableInputException("front matter is not valid YAML: " + where + Reasons.firstLine(e.getProblem()), e);
        } catch (YAMLException e) {
            throw new UnreadableInputException("front matter is not valid YAML: " + Reasons.firstLine(e.getMessage()), e);
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map)) {
            throw new UnreadableInputException("front matter is not a YAML mapping of fields (title: ..., published: ...)");
        }
        return (Map<String, Object>) loaded;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> loadToml(String toml) throws UnreadableInputException {
        if (toml.codePointCount(0, toml.length()) > MAX_CODE_POINTS) {
            throw new UnreadableInputException("front matter is too long to read");
        }
        try {
            return TOML.readValue(toml, Map.class);
        } catch (JacksonException e) {
            throw new UnreadableInputException(
                    "front matter is not valid TOML: " + Reasons.firstLine(e.getOriginalMessage()), e);
        }
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(true);
        DumperOptions dumperOptions = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options,
                new TextDates());
    }

    /** Resolves what YAML 1.1 reads as a timestamp as plain text instead. */
    private static final class TextDates extends Resolver {

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            Tag tag = super.resolve(kind, value, implicit);
            return Tag.TIMESTAMP.equals(tag) ? Tag.STR : tag;
        }
    }
}
