package io.marketwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.marketwatch.MarketWatchJar.Finished;
import io.marketwatch.MarketWatchJar.Running;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Remote partitioning with the real pieces: the packaged jar as a manager ({@code briefing} with
 * the {@code remote} profile) and two {@code worker} processes, on this machine's RabbitMQ and
 * PostgreSQL, over a synthetic night of 10,000 articles. The night's briefing.json is the one a
 * local run writes on the same input (apart from generatedAt) when all goes well, when a worker is
 * SIGKILLed mid-partition, and when the manager is SIGKILLed and started again; a partition no
 * worker can process fails the night, naming it and the reason.
 *
 * <p>Runs when MARKETWATCH_TEST_RABBITMQ_URI (amqp://guest:guest@127.0.0.1:5672) and
 * MARKETWATCH_TEST_POSTGRES_URL are set, as .ci/run sets them. Each test has a PostgreSQL schema
 * and a queue of its own, dropped at the end.
 */
@EnabledIfEnvironmentVariable(named = "MARKETWATCH_TEST_RABBITMQ_URI", matches = ".+", disabledReason = "set "
        + "MARKETWATCH_TEST_RABBITMQ_URI=amqp://guest:guest@127.0.0.1:5672 (and MARKETWATCH_TEST_POSTGRES_URL) to run remote "
        + "partitioning against a real broker and database, as .ci/run does")
@EnabledIfEnvironmentVariable(named = "MARKETWATCH_TEST_POSTGRES_URL", matches = ".+", disabledReason = "set "
        + "MARKETWATCH_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test?user=postgres (and "
        + "MARKETWATCH_TEST_RABBITMQ_URI) to run remote partitioning against a real database and broker, as .ci/run does")
class ScaleOutRemoteIT {

    private static final String NIGHT = "2026-01-01";
    private static final int ARTICLES = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path WORK = Path.of("target", "it-remote").toAbsolutePath();
    /** A worker that has not beaten for this long is taken as lost (short, for the test). */
    private static final List<String> TIMING = List.of("--marketwatch.remote.heartbeat=1s",
            "--marketwatch.remote.worker-timeout=15s", "--marketwatch.chunk-size=50");

    private static String rabbit;
    private static String postgres;
    private static Path corpus;
    private static MarketWatchJar jar;
    private static JsonNode reference;

    private final List<String> schemas = new ArrayList<>();
    private final List<String> queues = new ArrayList<>();
    private final List<Running> workers = new ArrayList<>();

    @BeforeAll
    static void tenThousandArticlesAndALocalRun() throws Exception {
        rabbit = System.getenv("MARKETWATCH_TEST_RABBITMQ_URI");
        postgres = System.getenv("MARKETWATCH_TEST_POSTGRES_URL");
        Path packaged = MarketWatchJar.packaged();
        assumeTrue(Files.isRegularFile(packaged), "skipped: " + packaged + " is not built (run ./mvnw verify)");
        Path shared = Path.of(System.getenv().getOrDefault("MARKETWATCH_SHARED", "../shared")).toAbsolutePath().normalize();
        Path generator = shared.resolve("bench/gen_corpus.py");
        assumeTrue(Files.isRegularFile(generator), "skipped: the corpus generator " + generator
                + " is missing (set MARKETWATCH_SHARED to the shared folder)");
        corpus = WORK.resolve("corpus-" + ARTICLES);
        if (!Files.isDirectory(corpus.resolve("articles"))) {
            Process generate = new ProcessBuilder("python3", generator.toString(), "--count", String.valueOf(ARTICLES),
                    "--out", corpus.toString(), "--no-gold").inheritIO().start();
            assertThat(generate.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(generate.exitValue()).as("gen_corpus.py exit code").isZero();
        }
        deleteTree(WORK.resolve("runs"));
        jar = new MarketWatchJar(packaged, WORK.resolve("runs/logs"), List.of());
        Path local = folder("local");
        jar.run(briefing(local)).assertExit(0, 3);
        reference = briefingJson(local);
        assertThat(reference.get("articles")).hasSize(ARTICLES);
    }

    @AfterEach
    void stopWorkersDropSchemasAndQueues() throws Exception {
        for (Running worker : workers) {
            if (worker.process().isAlive()) {
                worker.process().destroy();
                if (!worker.process().waitFor(60, TimeUnit.SECONDS)) {
                    worker.process().destroyForcibly();
                }
            }
        }
        for (String schema : schemas) {
            sql("DROP SCHEMA " + schema + " CASCADE");
        }
        if (!queues.isEmpty()) {
            try (Connection connection = rabbitConnection(); Channel channel = connection.createChannel()) {
                for (String queue : queues) {
                    channel.queueDelete(queue);
                }
            }
        }
    }

    @AfterAll
    static void keepNothingRunning() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void aManagerAndTwoWorkersWriteTheBriefingALocalRunWrites() throws Exception {
        MarketWatchJar remote = remote();
        startWorkers(remote, 2, corpus);
        Path output = folder("two-workers");

        Finished manager = remote.run(remoteBriefing(output)).assertExit(0, 3);

        assertThat(manager.out()).contains("Briefing for " + NIGHT + ": run completed");
        assertThat(briefingJson(output)).isEqualTo(reference);
        Finished status = remote.run("status", "--output", output.toString()).assertExit(0);
        assertThat(status.out()).contains("Workers of night " + NIGHT);
        assertThat(workerLines(status.out())).as("both workers took partitions:\n%s", status.out()).hasSize(2);
    }

    @Test
    void aWorkerKilledMidPartitionIsNoticedAndItsPartitionRunsAgainOnTheOther() throws Exception {
        MarketWatchJar remote = remote();
        List<Running> both = startWorkers(remote, 2, corpus);
        Path output = folder("worker-killed");
        Running manager = remote.start(remoteBriefing(output));
        Running victim = both.get(0);
        awaitSql("SELECT count(*) FROM mw_partition_run WHERE finished_at IS NULL AND worker LIKE '%:"
                + victim.process().pid() + "' AND (SELECT count(*) FROM mw_run_article) >= 500", remote);

        assertThat(victim.kill().exitCode()).as("SIGKILL").isEqualTo(137);

        manager.await().assertExit(0, 3);
        assertThat(briefingJson(output)).isEqualTo(reference);
        assertThat(count("SELECT count(*) FROM mw_partition_run WHERE outcome = 'LOST' AND worker LIKE '%:"
                + victim.process().pid() + "'")).as("the killed worker's partition was taken as lost").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM batch_step_execution WHERE exit_message LIKE 'worker %lost: no heartbeat%'"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM mw_run_article")).as("no article doubled").isEqualTo(ARTICLES);
    }

    @Test
    void aManagerKilledAndStartedAgainResumesTheSameNight() throws Exception {
        MarketWatchJar remote = remote();
        startWorkers(remote, 2, corpus);
        Path output = folder("manager-killed");
        Running manager = remote.start(remoteBriefing(output));
        awaitSql("SELECT CASE WHEN count(*) >= 500 THEN 1 ELSE 0 END FROM mw_run_article", remote);

        assertThat(manager.kill().exitCode()).as("SIGKILL").isEqualTo(137);
        Finished restarted = remote.run(remoteBriefing(output)).assertExit(0, 3);

        assertThat(restarted.out()).contains("restarted run completed");
        assertThat(briefingJson(output)).isEqualTo(reference);
        assertThat(count("SELECT count(DISTINCT job_instance_id) FROM mw_run_article")).as("the same night").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM mw_run_article")).as("no article doubled").isEqualTo(ARTICLES);
    }

    @Test
    void aPartitionNoWorkerCanProcessFailsTheNightNamingItAndTheReason() throws Exception {
        MarketWatchJar remote = remote();
        Path elsewhere = Files.createDirectories(WORK.resolve("runs/empty-root"));
        startWorkers(remote, 1, elsewhere);
        Path output = folder("poison");

        Finished manager = remote.run(remoteBriefing(output)).assertExit(1);

        assertThat(manager.err()).containsPattern("partition extractPartitionStep:partition\\d+ failed on worker \\S+:\\d+: ")
                .contains("the night's input folder 'articles' is not under this worker's input root " + elsewhere);
        assertThat(count("SELECT count(*) FROM batch_step_execution WHERE step_name LIKE 'extractPartitionStep:%' "
                + "AND status = 'STARTING'")).as("no request left to run").isZero();
    }

    @Test
    void aManagerWithNoWorkerFailsTheNightAfterTheIdleTimeoutSayingWhatToDo() throws Exception {
        List<String> args = new ArrayList<>(List.of(remoteBriefing(folder("no-worker"))));
        args.add("--marketwatch.remote.idle-timeout=20s");

        Finished manager = remote().run(args.toArray(String[]::new)).assertExit(1);

        assertThat(manager.err()).contains("no worker has run a partition of the night for 20 s (8 partitions left on queue "
                + queues.get(0) + "): start 'marketwatch worker'");
        assertThat(count("SELECT count(*) FROM batch_step_execution WHERE step_name LIKE 'extractPartitionStep:%' "
                + "AND status = 'STARTING'")).as("no request left to run").isZero();
    }

    @Test
    void aWorkerThatCannotReachTheBrokerOrTheDatabaseExitsAtOnceSayingSo() throws Exception {
        List<String> closedPort = remoteArgs().stream()
                .map(arg -> arg.startsWith("--spring.rabbitmq.port=") ? "--spring.rabbitmq.port=1" : arg).toList();
        Finished noBroker = jar.withSpringArgs(closedPort)
                .run("worker", "--input-root", corpus.toString()).assertExit(1);
        assertThat(noBroker.err()).contains("marketwatch worker: cannot reach RabbitMQ at", ":1 (spring.rabbitmq.*)");
        Finished noDatabase = jar.withSpringArgs(List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/test"))
                .run("worker", "--input-root", corpus.toString()).assertExit(1);
        assertThat(noDatabase.err()).contains("marketwatch worker: cannot start: cannot reach the database");
    }

    /** The jar with a schema and a queue of this test's own. */
    private MarketWatchJar remote() throws Exception {
        return jar.withSpringArgs(remoteArgs());
    }

    private List<String> remoteArgs() throws Exception {
        if (schemas.isEmpty()) {
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
            schemas.add("mw_remote_it_" + id);
            queues.add("marketwatch.it." + id);
            sql("CREATE SCHEMA " + schemas.get(0));
        }
        URI broker = URI.create(rabbit);
        String[] user = broker.getUserInfo() == null ? new String[] {"guest", "guest"} : broker.getUserInfo().split(":", 2);
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + schemaUrl(),
                "--spring.rabbitmq.host=" + broker.getHost(), "--spring.rabbitmq.port=" + broker.getPort(),
                "--spring.rabbitmq.username=" + user[0], "--spring.rabbitmq.password=" + user[1],
                "--marketwatch.remote.queue=" + queues.get(0)));
        args.addAll(TIMING);
        return args;
    }

    private List<Running> startWorkers(MarketWatchJar remote, int count, Path inputRoot) throws Exception {
        List<Running> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Running worker = remote.start("worker", "--input-root", inputRoot.toString(), "--output",
                    WORK.resolve("runs/worker-state").toString());
            workers.add(worker);
            started.add(worker);
        }
        for (Running worker : started) {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!Files.readString(worker.out()).contains("Ready: worker")) {
                assertThat(worker.process().isAlive()).as("worker started:\n%s", Files.readString(worker.err())).isTrue();
                assertThat(System.nanoTime()).as("worker ready within 3 minutes").isLessThan(deadline);
                Thread.sleep(200);
            }
        }
        return started;
    }

    private static String[] briefing(Path output) {
        return new String[] {"briefing", "--input", corpus.resolve("articles").toString(), "--output", output.toString(),
                "--as-of", NIGHT};
    }

    private static String[] remoteBriefing(Path output) {
        List<String> args = new ArrayList<>(List.of(briefing(output)));
        args.add("--spring.profiles.active=remote");
        args.add("--marketwatch.remote.input-root=" + corpus);
        return args.toArray(String[]::new);
    }

    /** The lines of the workers table in {@code marketwatch status}. */
    private static List<String> workerLines(String status) {
        return status.lines().dropWhile(l -> !l.startsWith("Workers of night")).skip(2)
                .takeWhile(l -> !l.isBlank()).toList();
    }

    private void awaitSql(String countQuery, MarketWatchJar remote) throws Exception {
        long deadline = System.nanoTime() + MarketWatchJar.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (tableExists() && count(countQuery) > 0) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("never true: " + countQuery);
    }

    private boolean tableExists() throws Exception {
        return count("SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + schemas.get(0)
                + "' AND table_name = 'mw_partition_run'") > 0;
    }

    private long count(String query) throws Exception {
        try (java.sql.Connection c = DriverManager.getConnection(schemaUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String schemaUrl() {
        return postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schemas.get(0);
    }

    private static void sql(String statement) throws Exception {
        try (java.sql.Connection c = DriverManager.getConnection(postgres); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static Connection rabbitConnection() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(rabbit);
        return factory.newConnection();
    }

    private static JsonNode briefingJson(Path output) {
        ObjectNode briefing = (ObjectNode) JSON.readTree(output.resolve(NIGHT).resolve("briefing.json").toFile());
        briefing.remove("generatedAt");
        return briefing;
    }

    private static Path folder(String name) throws IOException {
        Path folder = WORK.resolve("runs").resolve(name);
        deleteTree(folder);
        return Files.createDirectories(folder);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
