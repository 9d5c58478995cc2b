package io.marketwatch.cli;

import io.marketwatch.batch.remote.PartitionWorker;
import io.marketwatch.batch.remote.RemoteConfiguration;
import io.marketwatch.system.RunProperties;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketwatch worker}: runs partitions of remote nights until stopped (docs/scale-out.md). */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Runs partitions of the nightly job for a manager (marketwatch briefing with the Spring profile "
                + "'remote'): takes partition requests from RabbitMQ (spring.rabbitmq.*), reads its share of the night "
                + "from the shared input root, stores the facts in the shared PostgreSQL database (spring.datasource.*).",
                "Runs until SIGTERM: then running partitions stop at a chunk boundary and go to another worker.",
                "Exit codes: 0 stopped, 1 cannot reach the broker or the database, 2 bad options."})
final class WorkerCommand implements Callable<Integer> {

    @Option(names = "--input-root", paramLabel = "DIR",
            description = "Where this machine mounts the shared input (the manager's marketwatch.remote.input-root). "
                    + "Default: the setting marketwatch.remote.input-root")
    private Path inputRoot;

    @Option(names = "--threads", paramLabel = "N",
            description = "Partitions run at once. Default: the setting marketwatch.remote.worker-threads (1)")
    private Integer threads;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "Folder whose .state/ holds this worker's log. Default: ${DEFAULT-VALUE}")
    private Path output;

    @CommandLine.Mixin
    private SpringArgs springArgs;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(RemoteConfiguration.ROLE, "worker");
        if (inputRoot != null) {
            if (!Files.isDirectory(inputRoot)) {
                err.println("marketwatch worker: the input root " + inputRoot + " is not a folder (is the shared volume mounted?)");
                return ExitCodes.USAGE;
            }
            settings.put("marketwatch.remote.input-root", inputRoot.toAbsolutePath().normalize().toString());
        }
        if (threads != null) {
            settings.put("marketwatch.remote.worker-threads", threads);
        }
        ConfigurableApplicationContext context;
        try {
            context = SpringContext.startRemote(output, settings, springArgs.properties());
        } catch (RuntimeException e) {
            err.println("marketwatch worker: cannot start: " + Causes.describe(e));
            return ExitCodes.FAILURE;
        }
        try (ShutdownSignal shutdown = ShutdownSignal.install(); context) {
            String url = context.getEnvironment().getProperty("spring.datasource.url", "");
            if (url.startsWith("jdbc:h2:")) {
                err.println("marketwatch worker: a worker needs the database the manager uses "
                        + "(--spring.datasource.url=jdbc:postgresql://HOST:5432/DB), not this machine's own H2 file");
                return ExitCodes.USAGE;
            }
            PartitionWorker worker = context.getBean(PartitionWorker.class);
            String ready;
            try {
                ready = worker.ready();
            } catch (IllegalStateException e) {
                err.println("marketwatch worker: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            shutdown.onSignal(() -> {
                worker.stop();
                stopped.countDown();
            }, context.getBean(RunProperties.class).stopTimeout());
            out.println("Ready: " + ready + ". Stop with SIGTERM (Ctrl-C).");
            out.flush();
            stopped.await();
            while (worker.busy()) {
                Thread.sleep(200);
            }
            return ExitCodes.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.FAILURE;
        }
    }
}
