package io.marketwatch.review;

import io.marketwatch.briefing.FxTable;
import io.marketwatch.briefing.HighlightsRule;
import io.marketwatch.report.BriefingFiles;
import io.marketwatch.store.NightlyStore;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the {@link ReviewService}; the user's knowledge-base folder is {@code marketwatch.kb.user-dir}. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    @Bean
    ReviewService reviewService(NightlyStore nights, ReviewStore reviews, BriefingFiles files, FxTable fx,
                                HighlightsRule highlights,
                                @Value("${marketwatch.kb.user-dir:${marketwatch.state-dir:./output/.state}/companies}")
                                Path knowledgeFolder, Clock clock) {
        return new ReviewService(nights, reviews, files, fx, highlights, knowledgeFolder, clock);
    }
}
