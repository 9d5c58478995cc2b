package io.marketwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.marketwatch.MarketWatchJar.Finished;
import io.marketwatch.MarketWatchJar.Running;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Market Watch run unattended, the real jar as a child process on a synthetic corpus of 3,000
 * articles: killed with SIGKILL and started again, stopped with SIGTERM and started again, two
 * processes at once on one output folder and on one database. Every time, the night ends with
 * the briefing an uninterrupted run writes: the same facts, no article missing, none doubled.
 *
 * <p>Needs python3 and the corpus generator (../shared/bench/gen_corpus.py, or MARKETWATCH_SHARED);
 * without them the tests are skipped, saying so. The shared-database test runs on PostgreSQL when
 * MARKETWATCH_TEST_POSTGRES_URL is set, else on an H2 file database in mixed mode.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnattendedRunIT {

    private static final String NIGHT = "2026-01-01";
    private static final int ARTICLES = 3000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path WORK = Path.of("target", "it-unattended").toAbsolutePath();

    private static Path corpus;
    private static MarketWatchJar jar;
    private static JsonNode reference;
    private static String postgresSchema;

    @BeforeAll
    static void corpusOfThreeThousandArticles() throws Exception {
        Path packaged = MarketWatchJar.packaged();
        assumeTrue(Files.isRegularFile(packaged), "skipped: " + packaged + " is not built (run ./mvnw verify)");
        Path shared = Path.of(System.getenv().getOrDefault("MARKETWATCH_SHARED", "../shared")).toAbsolutePath().normalize();
        Path generator = shared.resolve("bench/gen_corpus.py");
        assumeTrue(Files.isRegularFile(generator), "skipped: the corpus generator " + generator
                + " is missing (set MARKETWATCH_SHARED to the shared folder)");
        assumeTrue(python3Works(), "skipped: python3 is not installed, and the corpus generator needs it");
        deleteTree(WORK.resolve("runs"));
        corpus = WORK.resolve("corpus-" + ARTICLES);
        if (!Files.isDirectory(corpus.resolve("articles"))) {
            Process generate = new ProcessBuilder("python3", generator.toString(), "--count", String.valueOf(ARTICLES),
                    "--out", corpus.toString(), "--no-gold").inheritIO().start();
            assertThat(generate.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(generate.exitValue()).as("gen_corpus.py exit code").isZero();
        }
        jar = new MarketWatchJar(packaged, WORK.resolve("runs/logs"), List.of());
    }

    @AfterAll
    static void dropPostgresSchema() throws Exception {
        if (postgresSchema != null) {
            postgres("DROP SCHEMA " + postgresSchema + " CASCADE");
        }
    }

    @Test
    @Order(1)
    void twoProcessesStartedAtOnceOnOneOutputFolderMakeOneRun() throws Exception {
        Path output = folder("same-folder");

        Running first = jar.start(briefingCommand(output));
        Running second = jar.start(briefingCommand(output));
        List<Finished> both = List.of(first.await(), second.await());

        assertThat(both).extracting(Finished::exitCode).as("one ran, the other found the folder busy")
                .anySatisfy(code -> assertThat(code).isIn(0, 3)).anySatisfy(code -> assertThat(code).isEqualTo(4));
        assertThat(both).filteredOn(f -> f.exitCode() == 4).singleElement()
                .satisfies(busy -> assertThat(busy.err()).contains("another run is using " + output));
        reference = briefing(output);
        assertThat(reference.get("articles")).hasSize(ARTICLES);
        assertThat(executions(status(output).out())).containsExactly("COMPLETED");
    }

    @Test
    @Order(2)
    void aRunKilledMidwayIsMarkedInterruptedAndTheNextRunFinishesItWithTheSameBriefing() throws Exception {
        Path output = folder("killed");
        Running run = jar.start(briefingCommand(output));
        // progress is counted when a chunk is written, before it commits: two partitions of 200-file
        // chunks can show 34% with nothing committed; past 40% one partition has written a second
        // chunk, so its first is committed and the restart has work to continue from
        run.awaitProgress(40);

        Finished killed = run.kill();

        assertThat(killed.exitCode()).as("SIGKILL").isEqualTo(137);
        Finished interrupted = status(output).assertExit(5);
        assertThat(executions(interrupted.out())).containsExactly("INTERRUPTED");
        assertThat(interrupted.out()).contains(NIGHT + "  interrupted, will restart on next run", "its process is gone");

        Finished restarted = jar.run(briefingCommand(output)).assertExit(0, 3);

        assertThat(restarted.out()).contains("Continuing an interrupted run:", "restarted run completed");
        assertThat(briefing(output)).isEqualTo(reference());
        Finished after = status(output).assertExit(0);
        assertThat(executions(after.out())).containsExactly("COMPLETED", "FAILED");
        assertThat(after.out()).contains("interrupted: the process running it ended without finishing",
                "Nothing needs attention.");
        Files.writeString(WORK.resolve("runs/status-after-kill-and-restart.txt"),
                "$ marketwatch status   # after the kill\n" + interrupted.out()
                        + "\n$ marketwatch status   # after the restart\n" + after.out());
    }

    @Test
    @Order(3)
    void aRunStoppedWithSigtermEndsStoppedAtAChunkBoundaryAndTheNextRunFinishesIt() throws Exception {
        Path output = folder("stopped");
        Running run = jar.start(briefingCommand(output));
        // progress is counted when a chunk is written, before it commits: two partitions of 200-file
        // chunks can show 34% with nothing committed; past 40% one partition has written a second
        // chunk, so its first is committed and the restart has work to continue from
        run.awaitProgress(40);

        Finished stopped = run.terminate();

        assertThat(stopped.exitCode()).as("128 + SIGTERM, after the run stopped").isEqualTo(143);
        assertThat(stopped.err()).contains("stopped on request after", "run the same command again to continue");
        Finished status = status(output).assertExit(5);
        assertThat(executions(status.out())).containsExactly("STOPPED");
        assertThat(status.out()).contains(NIGHT + "  stopped, will restart on next run");

        Finished restarted = jar.run(briefingCommand(output)).assertExit(0, 3);

        assertThat(restarted.out()).contains("restarted run completed");
        assertThat(briefing(output)).isEqualTo(reference());
        assertThat(executions(status(output).assertExit(0).out())).containsExactly("COMPLETED", "STOPPED");
    }

    @Test
    @Order(4)
    void twoInstancesOnOneDatabaseStartedAtOnceRunTheNightOnce() throws Exception {
        MarketWatchJar shared = jar.withSpringArgs(List.of("--spring.datasource.url=" + sharedDatabaseUrl()));
        Path outputA = folder("instance-a");
        Path outputB = folder("instance-b");

        Running a = shared.start(briefingCommand(outputA));
        Running b = shared.start(briefingCommand(outputB));
        List<Finished> both = List.of(a.await(), b.await());

        // the loser either met the winner's lease (busy), or came when the night was already complete
        assertThat(both).filteredOn(f -> f.out().contains("Briefing for " + NIGHT + ": run completed")).hasSize(1);
        for (Finished other : both) {
            if (other.exitCode() == 4) {
                assertThat(other.err()).contains("the briefing for " + NIGHT + " is being run by pid");
            } else {
                assertThat(other.exitCode()).isIn(0, 3);
            }
        }
        Path winner = Files.exists(outputA.resolve(NIGHT).resolve("briefing.json")) ? outputA : outputB;
        Path loser = winner == outputA ? outputB : outputA;
        assertThat(briefing(winner)).isEqualTo(reference());
        assertThat(loser.resolve(NIGHT).resolve("briefing.json")).doesNotExist();
        assertThat(executions(shared.run("status", "--output", outputA.toString()).out())).containsExactly("COMPLETED");
    }

    private static String[] briefingCommand(Path output) {
        return new String[] {"briefing", "--input", corpus.resolve("articles").toString(), "--output", output.toString(),
                "--as-of", NIGHT};
    }

    private static Finished status(Path output) throws Exception {
        return jar.run("status", "--output", output.toString());
    }

    /** The STATUS column of each execution row of {@code marketwatch status}, newest first. */
    private static List<String> executions(String status) {
        List<String> statuses = new ArrayList<>();
        status.lines().filter(line -> line.startsWith(NIGHT + " "))
                .forEach(line -> statuses.add(line.trim().split("\\s+")[3]));
        return statuses;
    }

    /** briefing.json of the night, without the one field that differs from run to run. */
    private static JsonNode briefing(Path output) {
        ObjectNode briefing = (ObjectNode) JSON.readTree(output.resolve(NIGHT).resolve("briefing.json").toFile());
        briefing.remove("generatedAt");
        return briefing;
    }

    /** The uninterrupted run's briefing (made by the first test; made here when a test runs alone). */
    private static JsonNode reference() throws Exception {
        if (reference == null) {
            Path output = folder("uninterrupted");
            jar.run(briefingCommand(output)).assertExit(0, 3);
            reference = briefing(output);
        }
        return reference;
    }

    private static Path folder(String name) throws IOException {
        Path folder = WORK.resolve("runs").resolve(name);
        deleteTree(folder);
        return Files.createDirectories(folder);
    }

    private static String sharedDatabaseUrl() throws Exception {
        String postgres = System.getenv("MARKETWATCH_TEST_POSTGRES_URL");
        if (postgres == null || postgres.isBlank()) {
            return "jdbc:h2:file:" + folder("shared-database").resolve("marketwatch") + ";AUTO_SERVER=TRUE";
        }
        postgresSchema = "mw_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        postgres("CREATE SCHEMA " + postgresSchema);
        return postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + postgresSchema;
    }

    private static void postgres(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getenv("MARKETWATCH_TEST_POSTGRES_URL"));
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static boolean python3Works() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
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
