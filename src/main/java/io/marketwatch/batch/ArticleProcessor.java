package io.marketwatch.batch;

import io.marketwatch.article.Article;
import io.marketwatch.briefing.ExtractedArticle;
import io.marketwatch.extract.FactExtractor;
import io.marketwatch.ingest.ArticleReader;
import io.marketwatch.ingest.ParsedFile;
import io.marketwatch.store.NightlyStore.StoredArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one input file, extracts the facts of each of its articles and encodes them for the
 * store, so that the chunk's writer only inserts. Thread-safe.
 */
class ArticleProcessor implements ItemProcessor<NumberedFile, ProcessedFile> {

    private final ArticleReader reader;
    private final FactExtractor extractor;
    private final LocalDate asOf;

    ArticleProcessor(ArticleReader reader, FactExtractor extractor, LocalDate asOf) {
        this.reader = reader;
        this.extractor = extractor;
        this.asOf = asOf;
    }

    @Override
    public ProcessedFile process(NumberedFile item) {
        String file = item.file().relativePath();
        ParsedFile parsed = reader.read(item.file(), asOf);
        if (parsed.isSkipped()) {
            return new ProcessedFile(item.index(), file, List.of(), parsed.skipReason());
        }
        List<StoredArticle> articles = new ArrayList<>(parsed.articles().size());
        for (Article article : parsed.articles()) {
            try {
                ExtractedArticle extracted = ExtractedArticle.of(article, extractor.extract(article, asOf));
                articles.add(new StoredArticle(ProcessedFile.seq(item.index(), articles.size()), extracted));
            } catch (RuntimeException e) {
                return new ProcessedFile(item.index(), file, List.of(),
                        "fact extraction failed on \u201c" + article.title() + "\u201d: " + e);
            }
        }
        return new ProcessedFile(item.index(), file, articles, null);
    }
}
