package io.marketwatch.ingest;

import io.marketwatch.article.Article;
import io.marketwatch.article.ArticleIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The usable articles of a file that holds several (a feed, a JSON array): unusable items are
     * left out; when none is usable, the file is skipped with the first item's reason.
     */
    static List<Article> usable(List<ArticleDraft> drafts, String file) throws UnreadableInputException {
        if (drafts.isEmpty()) {
            throw new UnreadableInputException("the file holds no items");
        }
        List<Article> articles = new ArrayList<>();
        String firstProblem = null;
        for (int i = 0; i < drafts.size(); i++) {
            try {
                articles.add(drafts.get(i).toArticle(file));
            } catch (UnreadableInputException e) {
                firstProblem = firstProblem != null ? firstProblem : "item " + (i + 1) + ": " + e.getMessage();
            }
        }
        if (articles.isEmpty()) {
            throw new UnreadableInputException("no usable item in the file (" + firstProblem + ")");
        }
        return articles;
    }
}
