package io.marketwatch.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code marketwatch.*} (application.yml, environment, or --marketwatch.x=y).
 *
 * @param chunkSize          input files per committed chunk
 * @param threads            threads that read and extract articles
 * @param maxFileBytes       larger input files are skipped
 * @param maxArticlesPerFile feeds with more items are skipped
 * @param maxTextChars       articles with more text are skipped
 */
@ConfigurationProperties("marketwatch")
public record MarketWatchProperties(@DefaultValue("200") int chunkSize,
                                    @DefaultValue("2") int threads,
                                    @DefaultValue("10485760") long maxFileBytes,
                                    @DefaultValue("10000") int maxArticlesPerFile,
                                    @DefaultValue("1000000") int maxTextChars) {
}
