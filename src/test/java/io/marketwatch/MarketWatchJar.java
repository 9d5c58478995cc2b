package io.marketwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar (target/marketwatch.jar) run as a child process, the way cron or systemd runs
 * it: its exit code, its console output, and signals sent to it.
 */
final class MarketWatchJar {

    /** Long enough for a slow, shared CI machine; a hung process fails the test instead of the build. */
    static final Duration TIMEOUT = Duration.ofMinutes(8);

    private static final Pattern PROGRESS = Pattern.compile("Reading input: (\\d+)%");
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final Path jar;
    private final Path logs;
    private final List<String> springArgs;

    /**
     * @param logs       where each process's stdout and stderr go (one pair of files per process)
     * @param springArgs Spring properties given to every command (a shared database, say)
     */
    MarketWatchJar(Path jar, Path logs, List<String> springArgs) {
        this.jar = jar;
        this.logs = logs;
        this.springArgs = List.copyOf(springArgs);
    }

    /** The jar Maven packaged, named by failsafe's system property (or target/marketwatch.jar). */
    static Path packaged() {
        return Path.of(System.getProperty("marketwatch.jar", "target/marketwatch.jar")).toAbsolutePath();
    }

    MarketWatchJar withSpringArgs(List<String> args) {
        return new MarketWatchJar(jar, logs, args);
    }

    /** Starts {@code java -jar marketwatch.jar ARGS... SPRING-ARGS...}. */
    Running start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx512m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        command.addAll(springArgs);
        int n = RUNS.incrementAndGet();
        Path out = logs.resolve(n + "-" + args[0] + ".out");
        Path err = logs.resolve(n + "-" + args[0] + ".err");
        Files.createDirectories(logs);
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Running(process, out, err);
    }

    /** Runs a command to its end. */
    Finished run(String... args) throws Exception {
        return start(args).await();
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** A process that is running. */
    record Running(Process process, Path out, Path err) {

        /** Waits until the progress shows at least this share of the input done (stdout is not a terminal). */
        void awaitProgress(int percent) throws Exception {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (progress() >= percent) {
                    return;
                }
                if (!process.isAlive()) {
                    fail("the process ended (exit " + process.exitValue() + ") before " + percent + "% progress:\n"
                            + Files.readString(out) + Files.readString(err));
                }
                Thread.sleep(200);
            }
            fail("no " + percent + "% progress within " + TIMEOUT + ":\n" + Files.readString(out));
        }

        private int progress() throws IOException {
            Matcher m = PROGRESS.matcher(Files.readString(out));
            int last = -1;
            while (m.find()) {
                last = Integer.parseInt(m.group(1));
            }
            return last;
        }

        /** SIGKILL: the process dies at once, as in an out-of-memory kill or a power cut. */
        Finished kill() throws Exception {
            process.destroyForcibly();
            return await();
        }

        /** SIGTERM: what systemd, Kubernetes and {@code kill PID} send. */
        Finished terminate() throws Exception {
            process.destroy();
            return await();
        }

        Finished await() throws Exception {
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                fail("still running after " + TIMEOUT + ":\n" + Files.readString(out) + Files.readString(err));
            }
            return new Finished(process.exitValue(), Files.readString(out), Files.readString(err));
        }
    }

    /** A process that ended: its exit code and what it printed. */
    record Finished(int exitCode, String out, String err) {

        Finished assertExit(int... expected) {
            assertThat(exitCode).as("exit code; stdout:\n%s\nstderr:\n%s", out, err).isIn(box(expected));
            return this;
        }

        private static Object[] box(int[] values) {
            Object[] boxed = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                boxed[i] = values[i];
            }
            return boxed;
        }
    }
}
