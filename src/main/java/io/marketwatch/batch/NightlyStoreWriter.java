package io.marketwatch.batch;

import io.marketwatch.briefing.SkippedFile;
import io.marketwatch.store.NightlyStore;
import io.marketwatch.store.NightlyStore.StoredArticle;
import io.marketwatch.store.NightlyStore.StoredSkip;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores a chunk of processed files in the nightly store, in the chunk's transaction: every
 * article read, at its position in the input, and every skipped file. (The same story in two
 * files is counted once when the briefing is assembled, where input order decides which file
 * it is counted from, whichever partition read it first.)
 */
class NightlyStoreWriter implements ItemWriter<ProcessedFile> {

    private final NightlyStore store;
    private final long run;
    private final LocalDate asOf;
    private final RunProgress progress;

    NightlyStoreWriter(NightlyStore store, long run, LocalDate asOf, RunProgress progress) {
        this.store = store;
        this.run = run;
        this.asOf = asOf;
        this.progress = progress;
    }

    @Override
    public void write(Chunk<? extends ProcessedFile> chunk) {
        List<StoredArticle> articles = new ArrayList<>();
        List<StoredSkip> skips = new ArrayList<>();
        for (ProcessedFile file : chunk.getItems()) {
            if (file.skipReason() != null) {
                skips.add(new StoredSkip(ProcessedFile.seq(file.index(), 0), new SkippedFile(file.file(), file.skipReason())));
            } else {
                articles.addAll(file.articles());
            }
        }
        store.saveArticles(run, asOf, articles);
        store.saveSkips(run, skips);
        progress.filesDone(chunk.size(), articles.size(), skips.size());
        skips.forEach(s -> progress.skipped(s.file()));
    }
}
