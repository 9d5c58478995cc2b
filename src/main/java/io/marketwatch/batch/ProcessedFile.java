package io.marketwatch.batch;

import io.marketwatch.store.NightlyStore.StoredArticle;
import java.util.List;

/**
 * One input file after reading and extraction: its articles with their facts, or the reason it
 * was skipped.
 */
record ProcessedFile(long index, String file, List<StoredArticle> articles, String skipReason) {

    /** Positions leave room for every article of a feed file. */
    static final long ARTICLES_PER_FILE = 1_000_000L;

    ProcessedFile {
        articles = List.copyOf(articles);
    }

    /** The position of a file's article in the night's input. */
    static long seq(long fileIndex, int articleIndex) {
        return fileIndex * ARTICLES_PER_FILE + articleIndex;
    }
}
