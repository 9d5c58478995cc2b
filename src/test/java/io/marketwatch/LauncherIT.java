package io.marketwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/marketwatch, the launcher the README gives, runs the packaged jar with its tuned JVM
 * settings and class-data sharing, and writes the same briefing as {@code java -jar}.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin", "marketwatch").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void theLauncherWritesTheSameBriefingAsJavaDashJar() throws Exception {
        Path jar = MarketWatchJar.packaged();
        assumeTrue(Files.isRegularFile(jar), "skipped: " + jar + " is not built (run ./mvnw verify)");

        Process launched = run(List.of(LAUNCHER.toString(), "briefing", "--input", "input", "--output",
                tmp.resolve("launcher").toString(), "--as-of", "2026-01-01", "--quiet"), jar);
        Process plain = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "briefing", "--input", "input", "--output", tmp.resolve("plain").toString(),
                "--as-of", "2026-01-01", "--quiet"), jar);

        assertThat(launched.exitValue()).as(Files.readString(tmp.resolve("launcher.err"))).isZero();
        assertThat(plain.exitValue()).isZero();
        assertThat(briefing("launcher")).contains("Qwen 3").isEqualTo(briefing("plain"));
        try (var builds = Files.list(jar.resolveSibling("marketwatch-app"))) {
            assertThat(builds.filter(build -> Files.isRegularFile(build.resolve("ready")))
                    .anyMatch(build -> Files.isRegularFile(build.resolve("classes.jsa"))))
                    .as("the jar unpacked beside itself, with its class archive").isTrue();
        }
    }

    private Process run(List<String> command, Path jar) throws IOException, InterruptedException {
        String name = tmp.relativize(Path.of(command.get(command.indexOf("--output") + 1))).toString();
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                .redirectOutput(tmp.resolve(name + ".out").toFile())
                .redirectError(tmp.resolve(name + ".err").toFile());
        Map<String, String> env = builder.environment();
        env.put("MARKETWATCH_JAR", jar.toString());
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("JAVA_OPTS", "-Xmx512m");
        Process process = builder.start();
        assertThat(process.waitFor(MarketWatchJar.TIMEOUT.toMinutes(), TimeUnit.MINUTES)).as(name + " ended").isTrue();
        return process;
    }

    private String briefing(String run) throws IOException {
        String json = Files.readString(tmp.resolve(run).resolve("2026-01-01/briefing.json"));
        return json.replaceFirst("\"generatedAt\" : \"[^\"]*\"", "\"generatedAt\" : \"\"");
    }
}
