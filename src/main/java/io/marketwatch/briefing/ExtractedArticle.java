package io.marketwatch.briefing;

import io.marketwatch.article.Article;
import io.marketwatch.extract.ArticleFacts;
import java.time.LocalDate;

/**
 * An article's metadata and its facts, without the article text: what a nightly run keeps of
 * each article, and what a briefing is assembled from.
 */
public record ExtractedArticle(String id, String title, String url, LocalDate publishedAt, String outlet,
                               String language, String file, ArticleFacts facts) {

    public static ExtractedArticle of(Article article, ArticleFacts facts) {
        return new ExtractedArticle(article.id(), article.title(), article.url(), article.publishedAt(),
                article.outlet(), article.language(), article.file(), facts);
    }
}
