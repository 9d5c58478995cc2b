package io.marketwatch.ingest;

import java.util.List;
import java.util.Map;
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

/**
 * The YAML front matter of a Markdown file, read with SnakeYAML's SafeConstructor: plain maps,
 * lists and scalars only (no application types), a bounded number of aliases, a bounded nesting
 * depth and size; dates stay text, so that they are read as written.
 *
 * @param fields the mapping (empty when the file has no front matter)
 * @param body   the Markdown after the front matter
 */
record FrontMatter(Map<String, Object> fields, String body) {

    private static final int MAX_ALIASES = 20;
    private static final int MAX_DEPTH = 20;
    private static final int MAX_CODE_POINTS = 1_000_000;
    /** SnakeYAML's Yaml is not thread-safe: one per thread, built once. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(FrontMatter::newYaml);

    /**
     * Splits the front matter (between a first line "---" and the next "---" or "...") from the
     * body and reads it.
     *
     * @throws UnreadableInputException when it is not closed, not valid YAML or not a mapping
     */
    static FrontMatter read(String text) throws UnreadableInputException {
        List<String> lines = text.lines().limit(2).toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return new FrontMatter(Map.of(), text);
        }
        int start = text.indexOf('\n') + 1;
        int lineStart = start;
        while (lineStart < text.length()) {
            int next = text.indexOf('\n', lineStart);
            int lineEnd = next < 0 ? text.length() : next;
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.equals("---") || line.equals("...")) {
                Map<String, Object> fields = load(text.substring(start, lineStart));
                return new FrontMatter(fields, next < 0 ? "" : text.substring(next + 1));
            }
            lineStart = lineEnd + 1;
        }
        throw new UnreadableInputException("front matter is not closed: no '---' line ends it");
    }

    /** A field as text: a scalar, or the "name" of a mapping (source: {name: ...}); else null. */
    String text(String... names) {
        for (String name : names) {
            Object value = fields.get(name);
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
