package io.marketwatch.fetch;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads sources.yml: a top-level {@code sources:} list whose entries have {@code name} and
 * {@code url}, and optionally {@code type} (rss, atom, newsapi, page), {@code follow-links},
 * {@code language}, {@code tags} and {@code api-key-env}. Every problem names the file, the entry
 * and the reason; an API key itself is never accepted in the file.
 */
public final class SourcesFile {

    private static final Set<String> KEYS = Set.of("name", "url", "type", "follow-links", "language", "tags",
            "api-key-env");

    private SourcesFile() {
    }

    public static List<Source> read(Path file) {
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(new SafeConstructor(options)).load(reader);
        } catch (IOException e) {
            throw new SourcesException(file + ": cannot be read: " + e.getMessage());
        } catch (YAMLException e) {
            throw new SourcesException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("sources") instanceof List<?> entries)) {
            throw new SourcesException(file + ": expected a top-level 'sources:' list");
        }
        List<Source> sources = new ArrayList<>();
        Set<String> folders = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = file + ": source " + (i + 1);
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                throw new SourcesException(where + ": expected name and url");
            }
            Source source = source(entry, where);
            if (!folders.add(source.folder())) {
                throw new SourcesException(where + " (" + source.name() + "): another source has the same name");
            }
            sources.add(source);
        }
        return List.copyOf(sources);
    }

    private static Source source(Map<?, ?> entry, String where) {
        for (Object key : entry.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new SourcesException(where + ": unknown setting '" + key + "'"
                        + (String.valueOf(key).toLowerCase(Locale.ROOT).contains("key")
                        ? " (an API key is read from the environment variable named by api-key-env, never from this file)"
                        : "; expected one of " + String.join(", ", KEYS.stream().sorted().toList())));
            }
        }
        String name = text(entry, "name", where);
        if (name == null) {
            throw new SourcesException(where + ": has no name");
        }
        where = where + " (" + name + ")";
        String url = text(entry, "url", where);
        if (url == null) {
            throw new SourcesException(where + ": has no url");
        }
        URI uri = uri(url, where);
        String type = text(entry, "type", where);
        SourceType sourceType;
        try {
            sourceType = type == null ? null : SourceType.parse(type);
        } catch (IllegalArgumentException e) {
            throw new SourcesException(where + ": unknown type '" + type + "'; expected rss, atom, newsapi or page");
        }
        Object follow = entry.get("follow-links");
        if (follow != null && !(follow instanceof Boolean)) {
            throw new SourcesException(where + ": follow-links must be true or false");
        }
        return new Source(name, uri, sourceType, Boolean.TRUE.equals(follow), text(entry, "language", where),
                tags(entry.get("tags"), where), text(entry, "api-key-env", where));
    }

    private static URI uri(String url, String where) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new SourcesException(where + ": only http and https URLs can be fetched, not '" + url + "'");
            }
            if (uri.getHost() == null) {
                throw new SourcesException(where + ": the URL names no host: '" + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new SourcesException(where + ": not a URL: " + e.getMessage());
        }
    }

    private static String text(Map<?, ?> entry, String key, String where) {
        Object value = entry.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new SourcesException(where + ": " + key + " must be a single value");
        }
        String text = String.valueOf(value).trim();
        return text.isEmpty() ? null : text;
    }

    private static List<String> tags(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::trim).filter(t -> !t.isEmpty()).toList();
        }
        if (value instanceof String text) {
            return List.of(text.split("\\s*,\\s*"));
        }
        throw new SourcesException(where + ": tags must be a list");
    }
}
