package io.marketwatch.fetch;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One entry of sources.yml.
 *
 * @param name        unique name, shown in reports and status
 * @param url         http or https
 * @param type        what it serves; null: detected from the first response
 * @param followLinks fetch each new item's link as a page (the article in full) instead of the feed's summary
 * @param language    ISO 639-1 code given to its articles when they carry none, or null
 * @param tags        labels for the digest's watchlists
 * @param apiKeyEnv   the environment variable holding a news API's key (sent as X-Api-Key), or null
 */
public record Source(String name, URI url, SourceType type, boolean followLinks, String language, List<String> tags,
                     String apiKeyEnv) {

    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        tags = List.copyOf(tags);
    }

    /** A folder name for the source's files: its name in lower-case letters, digits and dashes. */
    String folder() {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "source" : slug;
    }
}
