package io.marketwatch.extract;

import io.marketwatch.article.Article;
import java.time.LocalDate;

/** Turns an article into facts. Implementations are thread-safe. */
public interface FactExtractor {

    /**
     * @param article       the article
     * @param referenceDate the date relative phrases resolve against when the article has no
     *                      publication date (the run's as-of date)
     */
    ArticleFacts extract(Article article, LocalDate referenceDate);
}
