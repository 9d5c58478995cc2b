package io.marketwatch.report.pdf;

import io.marketwatch.briefing.BriefingArticle;
import io.marketwatch.report.pdf.BriefingView.Citation;
import io.marketwatch.report.pdf.BriefingView.Cites;
import io.marketwatch.report.pdf.BriefingView.SourceEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the articles in the order the document first cites them, so that the source list holds
 * exactly the cited articles and reads in the order of the text.
 */
final class SourceNumbers {

    /** Citations shown per item; the rest are counted ("+3"). */
    static final int CITATIONS_SHOWN = 3;

    private final Map<String, BriefingArticle> articles;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    SourceNumbers(List<BriefingArticle> articles) {
        this.articles = new LinkedHashMap<>();
        articles.forEach(article -> this.articles.putIfAbsent(article.id(), article));
    }

    /** Cites the first articles of the list (unknown ids are skipped) and counts the others. */
    Cites cite(List<String> articleIds) {
        List<Citation> shown = new ArrayList<>();
        int known = 0;
        for (String id : articleIds.stream().distinct().toList()) {
            if (articles.containsKey(id)) {
                known++;
                if (shown.size() < CITATIONS_SHOWN) {
                    shown.add(citation(id));
                }
            }
        }
        return new Cites(shown, known - shown.size());
    }

    /** The number of one article, given on its first citation. */
    Citation citation(String articleId) {
        return new Citation(numbers.computeIfAbsent(articleId, id -> numbers.size() + 1));
    }

    /** The cited articles, by number. */
    List<SourceEntry> entries() {
        List<SourceEntry> entries = new ArrayList<>(numbers.size());
        numbers.forEach((id, number) -> {
            BriefingArticle article = articles.get(id);
            String url = article.url() != null && article.url().matches("(?i)https?://\\S+") ? article.url() : null;
            entries.add(new SourceEntry(new Citation(number), article.title(), outlet(article),
                    Formats.date(article.publishedAt()), url, url == null ? article.file() : null));
        });
        return entries;
    }

    /** The article's publisher, else the outlets it cites, else null. */
    static String outlet(BriefingArticle article) {
        if (article.outlet() != null && !article.outlet().isBlank()) {
            return article.outlet();
        }
        return article.sources().isEmpty() ? null : String.join(", ", article.sources());
    }

    BriefingArticle article(String id) {
        return articles.get(id);
    }
}
