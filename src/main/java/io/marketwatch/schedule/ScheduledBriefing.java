package io.marketwatch.schedule;

import io.marketwatch.batch.BriefingRunner;
import io.marketwatch.batch.BriefingRunner.Outcome;
import io.marketwatch.batch.BriefingRunner.RunResult;
import io.marketwatch.batch.GracefulStop;
import io.marketwatch.batch.RunRetention;
import io.marketwatch.fetch.NightSources;
import io.marketwatch.system.StateLock;
import java.nio.file.Path;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled night: the day's sources fetched when a sources file is set, then the briefing
 * for the day, under the output folder's lock, then the retention purge. A night another process is running is left to it.
 */
final class ScheduledBriefing implements ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBriefing.class);

    private final BriefingRunner runner;
    private final RunRetention retention;
    private final GracefulStop gracefulStop;
    private final NightSources sources;
    private final Path input;
    private final Path output;

    ScheduledBriefing(BriefingRunner runner, RunRetention retention, GracefulStop gracefulStop, NightSources sources,
                      Path input, Path output) {
        this.runner = runner;
        this.retention = retention;
        this.gracefulStop = gracefulStop;
        this.sources = sources;
        this.input = input;
        this.output = output;
    }

    @Override
    public void run(LocalDate day) throws Exception {
        try (StateLock lock = StateLock.tryAcquire(output)) {
            if (lock == null) {
                log.warn("Briefing for {} not run: another process is using {}", day, output);
                return;
            }
            RunResult result = runner.run(day, sources.inputFor(day, input), output, false);
            if (result.outcome() == Outcome.FAILED) {
                log.error("Briefing for {}: {}", day, result.message());
            } else {
                log.info("Briefing for {}: {} ({})", day, result.outcome(), result.message());
            }
            if (!gracefulStop.isShuttingDown()) {
                retention.purge(output);
            }
        }
    }
}
