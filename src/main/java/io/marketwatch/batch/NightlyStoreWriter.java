package io.marketwatch.batch;

import io.marketwatch.briefing.ExtractedArticle;
import io.marketwatch.briefing.SkippedFile;
import io.marketwatch.store.NightlyStore;
import io.marketwatch.store.NightlyStore.StoredArticle;
import io.marketwatch.store.NightlyStore.StoredSkip;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores a chunk of processed files in the nightly store, in the chunk's transaction. An article
 * already read from another file of the run (the same story twice) is recorded as a skip that
 * names the first file, never stored twice. Which articles the run holds is read from the store
 * once, on the first chunk, and kept up to date here: chunks are written one at a time.
 */
class NightlyStoreWriter implements ItemWriter<ProcessedFile> {

    private final NightlyStore store;
    private final long run;
    private final LocalDate asOf;
    private final RunProgress progress;
    private Map<String, String> firstFile;

    NightlyStoreWriter(NightlyStore store, long run, LocalDate asOf, RunProgress progress) {
        this.store = store;
        this.run = run;
        this.asOf = asOf;
        this.progress = progress;
    }

    @Override
    public void write(Chunk<? extends ProcessedFile> chunk) {
        if (firstFile == null) {
            firstFile = store.articleFiles(run);
        }
        List<StoredArticle> articles = new ArrayList<>();
        List<StoredSkip> skips = new ArrayList<>();
        int articleCount = 0;
        for (ProcessedFile file : chunk.getItems()) {
            if (file.skipReason() != null) {
                skips.add(new StoredSkip(ProcessedFile.seq(file.index(), 0), new SkippedFile(file.file(), file.skipReason())));
                continue;
            }
            for (StoredArticle stored : file.articles()) {
                ExtractedArticle article = stored.article();
                String first = firstFile.putIfAbsent(article.id(), file.file());
                if (first == null) {
                    articles.add(stored);
                    articleCount++;
                } else {
                    skips.add(new StoredSkip(stored.seq(), new SkippedFile(file.file(),
                            "same article as in " + first + " (\u201c" + article.title() + "\u201d), counted once")));
                }
            }
        }
        store.saveArticles(run, asOf, articles);
        store.saveSkips(run, skips);
        progress.filesDone(chunk.size(), articleCount, skips.size());
        skips.forEach(s -> progress.skipped(s.file()));
    }
}
