package io.marketwatch.ingest;

import io.marketwatch.article.Article;
import java.util.List;
import java.util.Set;

/** Reads one input format. Implementations are stateless and thread-safe. */
public interface ArticleParser {

    /** File name extensions this parser reads, lower case, without the dot. */
    Set<String> extensions();

    /** The articles in the document (a feed holds several); never an empty list. */
    List<Article> parse(InputDocument document) throws UnreadableInputException;
}
