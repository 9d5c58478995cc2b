package io.marketwatch.batch;

import io.marketwatch.briefing.ExtractedArticle;
import io.marketwatch.briefing.SkippedFile;
import io.marketwatch.store.NightlyStore;
import io.marketwatch.store.NightlyStore.StoredArticle;
import io.marketwatch.store.NightlyStore.StoredSkip;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores a chunk of processed files in the nightly store, in the chunk's transaction. An article
 * already read from another file of the run (the same story twice) is recorded as a skip that
 * names the first file, never stored twice.
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
        List<String> ids = chunk.getItems().stream().flatMap(f -> f.articles().stream()).map(ExtractedArticle::id).toList();
        Map<String, String> firstFile = new HashMap<>(store.storedFiles(run, ids));
        List<StoredArticle> articles = new ArrayList<>();
        List<StoredSkip> skips = new ArrayList<>();
        int articleCount = 0;
        for (ProcessedFile file : chunk.getItems()) {
            if (file.skipReason() != null) {
                skips.add(new StoredSkip(file.seq(0), new SkippedFile(file.file(), file.skipReason())));
                continue;
            }
            for (int i = 0; i < file.articles().size(); i++) {
                ExtractedArticle article = file.articles().get(i);
                String first = firstFile.putIfAbsent(article.id(), file.file());
                if (first == null) {
                    articles.add(new StoredArticle(file.seq(i), article));
                    articleCount++;
                } else {
                    skips.add(new StoredSkip(file.seq(i), new SkippedFile(file.file(),
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
