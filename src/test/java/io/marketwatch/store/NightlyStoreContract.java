package io.marketwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.marketwatch.briefing.ExtractedArticle;
import io.marketwatch.extract.ArticleFacts;
import io.marketwatch.store.NightlyStore.RunFile;
import io.marketwatch.store.NightlyStore.StoredArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * What partitioned runs rely on in the nightly store, on every database it runs on: the night's
 * files are numbered once, articles are kept by position and read back in input order however
 * they were written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NightlyStoreContract {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private StoreDatabase database;
    private NightlyStore store;

    abstract StoreDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        store = new NightlyStore(database.jdbc());
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void theNightsFilesAreNumberedOnceAndFilesThatArriveLaterAfterThem() {
        long run = 11;
        List<RunFile> first = store.registerInput(run, List.of(scanned("b.md"), scanned("d.md")));
        assertThat(first).extracting(RunFile::seq, RunFile::file).containsExactly(
                tuple(0L, "b.md"), tuple(1L, "d.md"));

        List<RunFile> again = store.registerInput(run, List.of(scanned("a.md"), scanned("b.md"), scanned("c.md"),
                scanned("d.md")));

        assertThat(again).extracting(RunFile::file).as("known files keep their number; new ones follow in scan order")
                .containsExactly("b.md", "d.md", "a.md", "c.md");
        assertThat(again).extracting(RunFile::seq).containsExactly(0L, 1L, 2L, 3L);
        assertThat(store.inputFiles(12)).as("another night").isEmpty();
    }

    @Test
    void articlesComeBackInInputOrderWhateverTheOrderTheyWereWrittenIn() {
        long run = 21;
        List<StoredArticle> articles = new ArrayList<>();
        IntStream.range(0, 4_500).forEach(i -> articles.add(new StoredArticle(i * 1_000_000L, article("id-" + (i % 4_000), i))));
        List<StoredArticle> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(7));
        store.saveArticles(run, AS_OF, shuffled.subList(0, 2_250));
        store.saveArticles(run, AS_OF, shuffled.subList(2_250, 4_500));

        List<String> files = new ArrayList<>();
        store.forEachArticle(run, article -> files.add(article.file()));

        assertThat(files).as("every row, the same article id twice included, in position order, across pages")
                .hasSize(4_500).isEqualTo(IntStream.range(0, 4_500).mapToObj(i -> "f" + i + ".md").toList());
    }

    @Test
    void aNightOfWholePagesComesBackWhole() {
        long run = 22;
        store.saveArticles(run, AS_OF, IntStream.range(0, 4_000).mapToObj(i -> new StoredArticle(i, article("w" + i, i)))
                .toList());

        List<String> files = new ArrayList<>();
        store.forEachArticle(run, article -> files.add(article.file()));

        assertThat(files).isEqualTo(IntStream.range(0, 4_000).mapToObj(i -> "f" + i + ".md").toList());
    }

    @Test
    void aPositionIsStoredOnce() {
        long run = 31;
        store.saveArticles(run, AS_OF, List.of(new StoredArticle(5, article("x", 5))));

        assertThatThrownBy(() -> store.saveArticles(run, AS_OF, List.of(new StoredArticle(5, article("y", 6)))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static RunFile scanned(String file) {
        return new RunFile(-1, file, "/input/" + file, null);
    }

    private static ExtractedArticle article(String id, int file) {
        return new ExtractedArticle(id, "Title " + file, null, AS_OF, null, "en", "f" + file + ".md",
                new ArticleFacts(List.of(), List.of(), List.of(), List.of(), null));
    }
}
