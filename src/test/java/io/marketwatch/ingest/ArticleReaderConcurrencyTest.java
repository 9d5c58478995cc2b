package io.marketwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One reader shared by several threads reads every dev file as a single thread does. */
class ArticleReaderConcurrencyTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void oneReaderServesManyThreads() throws Exception {
        ArticleReader shared = new ArticleReader(IngestLimits.defaults());
        List<InputFile> files = new InputScanner().scan(DevArticles.folder("articles"));
        Map<String, ParsedFile> expected = DevArticles.read();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ParsedFile>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(threads.submit(() -> files.stream().map(file -> shared.read(file, DevArticles.AS_OF)).toList()));
            }
            for (Future<List<ParsedFile>> run : runs) {
                assertThat(run.get()).allSatisfy(parsed -> assertThat(parsed).isEqualTo(expected.get(parsed.file())));
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
