package io.marketwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int train(String... args) {
        CommandLine cli = new CommandLine(new MarketWatchCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void checksTheModelOnEachSetThenWritesIt() throws Exception {
        Path model = dir.resolve("models/investment-amount.tsv");

        int code = train("train", "--model", "INVESTMENT_AMOUNT", "--set", "src/test/resources/eval/dev",
                "--set", "src/test/resources/eval/extra", "--out", model.toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).containsPattern("\\d+ articles, \\d+ candidates, \\d+ of them confirmed by the gold facts")
                .contains("held out", "judged P/R/F1", "wrote " + model);
        assertThat(Files.readString(model)).startsWith("# marketwatch logistic model v1");
    }

    @Test
    void aFolderThatIsNotAnAnnotatedSetIsAClearError() {
        int code = train("train", "--set", dir.toString());

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(out.toString()).contains("marketwatch train: not an annotated set (needs articles/ and gold/): " + dir);
    }
}
