package io.marketwatch.ingest;

import io.marketwatch.article.Article;
import java.util.List;

/**
 * What became of one input file: its articles, or the reason it was skipped.
 *
 * @param file       path below the input folder
 * @param articles   the articles read (empty when skipped)
 * @param skipReason one-line reason, or null when read
 */
public record ParsedFile(String file, List<Article> articles, String skipReason) {

    public ParsedFile {
        articles = List.copyOf(articles);
    }

    public static ParsedFile read(String file, List<Article> articles) {
        return new ParsedFile(file, articles, null);
    }

    public static ParsedFile skipped(String file, String reason) {
        return new ParsedFile(file, List.of(), reason);
    }

    public boolean isSkipped() {
        return skipReason != null;
    }
}
