package io.marketwatch.cli;

import io.marketwatch.batch.RunRetention;
import io.marketwatch.batch.RunRetention.Purged;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketwatch purge}: forgets nights older than the retention period. */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = {"Deletes nights older than marketwatch.retention.days (default 90): their job metadata, "
                + "stored articles and OUTPUT/<date>/ folders. A night that is running is left alone; the digest's "
                + "send log is never touched. The schedule command does this after every nightly run.",
                "Example: purge --output /srv/marketwatch/output --marketwatch.retention.days=30"})
final class PurgeCommand implements Callable<Integer> {

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "The output folder of the runs. Default: ${DEFAULT-VALUE}")
    private Path output;

    @Option(names = "--quiet", description = "Print nothing unless something fails (for cron).")
    private boolean quiet;

    @CommandLine.Mixin
    private SpringArgs springArgs;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path outputRoot = output.toAbsolutePath().normalize();
        try (ConfigurableApplicationContext context = SpringContext.start(outputRoot, springArgs.properties())) {
            Purged purged = context.getBean(RunRetention.class).purge(outputRoot);
            if (!quiet) {
                spec.commandLine().getOut().printf("Purged nights before %s: %,d runs, %,d stored articles, "
                        + "%,d output folders.%n", purged.cutoff(), purged.runs(), purged.articles(), purged.folders());
            }
            return ExitCodes.OK;
        }
    }
}
