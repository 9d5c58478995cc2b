package io.marketwatch.ingest;

import io.marketwatch.article.Article;
import io.marketwatch.article.ArticleIds;
import java.time.LocalDate;

/**
 * What a parser found for one article, before it becomes an {@link Article}: any field may be
 * missing here; {@link #toArticle} says which missing field makes it unusable.
 */
record ArticleDraft(String title, String url, LocalDate publishedAt, String outlet, String language, String body) {

    /**
     * The article, with its stable id and a guessed language when none was declared.
     *
     * @throws UnreadableInputException "no title found" or "no article text found"
     */
    Article toArticle(String file) throws UnreadableInputException {
        String cleanTitle = title == null ? "" : Paragraphs.collapse(title);
        if (cleanTitle.isEmpty()) {
            throw new UnreadableInputException("no title found");
        }
        if (body == null || body.isBlank()) {
            throw new UnreadableInputException("no article text found");
        }
        String cleanUrl = blankToNull(url);
        String lang = Languages.normalize(language);
        if (lang == null) {
            lang = Languages.guess(body);
        }
        return new Article(ArticleIds.of(cleanTitle, cleanUrl, body), cleanTitle, cleanUrl, publishedAt,
                blankToNull(outlet), lang, file, body);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : Paragraphs.collapse(s);
    }
}
