package io.marketwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The same night's input gives the same briefing.json, byte for byte apart from generatedAt,
 * whatever the number of extraction partitions: input order, not thread timing, decides which
 * file an article read twice is counted from, and the order of every list.
 */
class ThreadCountDeterminismTest {

    @TempDir
    Path tmp;

    @Test
    void oneTwoAndFiveThreadsWriteTheSameBriefing() throws IOException {
        Path input = night();

        String one = briefing(input, 1);
        String two = briefing(input, 2);
        String five = briefing(input, 5);

        assertThat(one).contains("\"title\" : \"Alibaba gears up to release Qwen 3 as DeepSeek rivalry intensifies\"");
        assertThat(two).isEqualTo(one);
        assertThat(five).isEqualTo(one);
        assertThat(skipped(1)).contains("not-a-feed.xml", "zz-copy-dev-alibaba-qwen3.md\",\n    \"reason\" : \"same article as in "
                + "dev-alibaba-qwen3.md").isEqualTo(skipped(2)).isEqualTo(skipped(5));
    }

    /** The synthetic and dev articles, three of them twice under other names, and an unreadable file. */
    private Path night() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("input"));
        for (Path folder : List.of(resource("/eval/synthetic/articles"), resource("/eval/dev/articles"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    Files.copy(file, input.resolve(folder.getParent().getFileName() + "-" + file.getFileName()));
                }
            }
        }
        try (Stream<Path> files = Files.list(input)) {
            for (Path file : files.sorted().limit(3).toList()) {
                Files.copy(file, input.resolve("zz-copy-" + file.getFileName()));
            }
        }
        Files.writeString(input.resolve("not-a-feed.xml"), "<rss><channel><item><title>Cut");
        return input;
    }

    /** The run report's list of skipped files and reasons. */
    private String skipped(int threads) throws IOException {
        String report = Files.readString(tmp.resolve("out-" + threads).resolve("2026-01-01/run-report.json"));
        return report.substring(report.indexOf("\"skipped\""), report.indexOf("\"outputs\""));
    }

    private static Path resource(String name) {
        try {
            return Path.of(ThreadCountDeterminismTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String briefing(Path input, int threads) throws IOException {
        Path output = tmp.resolve("out-" + threads);
        CommandLine command = MarketWatchCommand.commandLine();
        command.setOut(new PrintWriter(new StringWriter(), true));
        command.setErr(new PrintWriter(new StringWriter(), true));
        int exit = command.execute("briefing", "--input", input.toString(), "--output", output.toString(),
                "--as-of", "2026-01-01", "--quiet", "--marketwatch.threads=" + threads, "--marketwatch.chunk-size=7");
        assertThat(exit).as("partial: the unreadable file is skipped").isEqualTo(ExitCodes.PARTIAL);
        String json = Files.readString(output.resolve("2026-01-01/briefing.json"));
        return json.replaceFirst("\"generatedAt\" : \"[^\"]*\"", "\"generatedAt\" : \"\"");
    }
}
