package io.marketwatch.fetch;

import io.marketwatch.ingest.ArticleReader;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the fetcher, with the process environment for API keys. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FetchProperties.class)
class FetchConfiguration {

    @Bean
    Fetcher fetcher(FetchProperties settings, FetchStore store, ArticleReader reader, Clock clock) {
        String version = Fetcher.class.getPackage().getImplementationVersion();
        return new Fetcher(settings, store, reader, System::getenv, clock, version == null ? "dev" : version);
    }

    @Bean
    NightSources nightSources(FetchProperties settings, Fetcher fetcher) {
        return new NightSources(settings, fetcher);
    }
}
