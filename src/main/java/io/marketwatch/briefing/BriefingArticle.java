package io.marketwatch.briefing;

import java.time.LocalDate;
import java.util.List;

/**
 * One input article as the briefing lists it.
 *
 * @param id          stable article id
 * @param title       headline
 * @param url         link, or null
 * @param publishedAt publication date, or null
 * @param sources     outlets the article cites
 * @param language    language code, or null
 * @param file        input path, relative to the input folder
 * @param summary     two or three sentences from the article
 * @param outlet      the outlet that published it, or null
 */
public record BriefingArticle(String id, String title, String url, LocalDate publishedAt, List<String> sources,
                              String language, String file, String summary, String outlet) {

    public BriefingArticle {
        sources = List.copyOf(sources);
    }
}
