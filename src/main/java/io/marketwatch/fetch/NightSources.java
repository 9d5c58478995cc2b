package io.marketwatch.fetch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled night's first step: with a sources file set, the night's articles are fetched
 * into a folder of its own, {@code INPUT/<night>/}, which the briefing then reads; without one,
 * the input folder is read as it is.
 */
public final class NightSources {

    private static final Logger LOG = LoggerFactory.getLogger(NightSources.class);

    private final FetchProperties settings;
    private final Fetcher fetcher;

    public NightSources(FetchProperties settings, Fetcher fetcher) {
        this.settings = settings;
        this.fetcher = fetcher;
    }

    /** The folder the night's briefing reads, fetched into first when sources are set. */
    public Path inputFor(LocalDate night, Path input) throws IOException, InterruptedException {
        if (settings.sources() == null) {
            return input;
        }
        Path folder = input.resolve(night.toString());
        FetchReport report = fetcher.fetch(SourcesFile.read(settings.sources()), folder, night);
        LOG.info("Fetched {} new articles for {} from {} sources into {}; {} sources failed", report.itemsNew(), night,
                report.sources().size(), folder, report.failed().size());
        return folder;
    }
}
