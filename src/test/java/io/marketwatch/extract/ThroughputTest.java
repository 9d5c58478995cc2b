package io.marketwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.article.Article;
import io.marketwatch.eval.DevBriefing;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extraction alone, on one thread, JIT-warm: at least 500 synthetic articles per CPU-second. */
class ThroughputTest {

    @Test
    void extractsAtLeastFiveHundredArticlesPerCpuSecond() {
        List<Article> articles = DevBriefing.read(Path.of("src/test/resources/eval/synthetic/articles"),
                LocalDate.of(2026, 1, 1));
        FactExtractor extractor = new RuleBasedFactExtractor();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int facts = 0;
        for (int round = 0; round < 40; round++) {
            for (Article a : articles) {
                facts += extractor.extract(a, LocalDate.of(2026, 1, 1)).companies().size();
            }
        }
        long start = threads.getCurrentThreadCpuTime();
        int rounds = 40;
        for (int round = 0; round < rounds; round++) {
            for (Article a : articles) {
                facts += extractor.extract(a, LocalDate.of(2026, 1, 1)).companies().size();
            }
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        double perSecond = rounds * articles.size() / seconds;
        System.out.printf("extraction: %.0f articles per CPU-second (%d articles)%n", perSecond, articles.size());

        assertThat(facts).isPositive();
        assertThat(perSecond).isGreaterThanOrEqualTo(500);
    }
}
