package io.marketwatch.batch;

import io.marketwatch.briefing.ExtractedArticle;
import java.util.List;

/**
 * One input file after reading and extraction: its articles with their facts, or the reason it
 * was skipped.
 */
record ProcessedFile(long index, String file, List<ExtractedArticle> articles, String skipReason) {

    /** Positions leave room for every article of a feed file. */
    static final long ARTICLES_PER_FILE = 1_000_000L;

    ProcessedFile {
        articles = List.copyOf(articles);
    }

    long seq(int articleIndex) {
        return index * ARTICLES_PER_FILE + articleIndex;
    }
}
