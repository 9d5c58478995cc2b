package io.marketwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateCommandTest {

    private static final Path GOLD = Path.of("src/test/resources/eval/dev/gold");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int evaluate(String... args) {
        CommandLine cli = new CommandLine(new MarketWatchCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void printsPerKindFiguresAndFailsBelowTheMinimumF1() throws Exception {
        Path briefing = dir.resolve("briefing.json");
        Files.writeString(briefing, """
                {"articles": [{"id": "a1", "title": "Alibaba gears up to release Qwen 3 as DeepSeek rivalry intensifies"}],
                 "companies": [{"name": "Alibaba", "aliases": [], "articleIds": ["a1"]},
                               {"name": "DeepSeek", "aliases": [], "articleIds": ["a1"]},
                               {"name": "OpenAI", "aliases": [], "articleIds": ["a1"]}],
                 "investments": [], "launches": []}
                """);
        Path oneGold = Files.createDirectories(dir.resolve("gold"));
        Files.copy(GOLD.resolve("alibaba-qwen3.json"), oneGold.resolve("alibaba-qwen3.json"));

        int code = evaluate("evaluate", "--gold", oneGold.toString(), "--briefing", briefing.toString(), "--verbose",
                "--min-f1", "0.5");

        assertThat(out.toString()).contains("companies    P=1.000 R=1.000 F1=1.000  (tp 3, predicted 3, gold 3)",
                "investments  P=0.000 R=0.000 F1=0.000  (tp 0, predicted 0, gold 1)",
                "missing investments alibaba-qwen3.json: Alibaba Group -> computing infrastructure: 380000000000 CNY");
        assertThat(code).as("min F1 is 0 < 0.5").isEqualTo(ExitCodes.FAILURE);
    }

    @Test
    void aMissingBriefingIsAClearError() {
        int code = evaluate("evaluate", "--gold", GOLD.toString(), "--briefing", dir.resolve("nope.json").toString());

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(out.toString()).contains("briefing not found");
    }
}
