package io.marketwatch.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from the input, before any extraction.
 *
 * @param id          stable id: the same content gives the same id on every run and machine
 * @param title       headline (never blank)
 * @param url         link to the story, or null
 * @param publishedAt publication date from metadata, a dateline or a "Last Updated" line, or null
 * @param outlet      the outlet that published it (feed title, NewsAPI source.name, front matter source), or null
 * @param language    ISO 639-1 language code, or null when unknown
 * @param file        the input path it came from, relative to the input folder, with '/' separators
 * @param body        the story's plain text, paragraphs separated by blank lines
 */
public record Article(String id, String title, String url, LocalDate publishedAt, String outlet,
                      String language, String file, String body) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(body, "body");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an article needs a title: " + file);
        }
    }
}
