package io.marketwatch.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelTrainingTest {

    private static final List<Path> TEST_SETS = List.of(Path.of("src/test/resources/eval/dev"),
            Path.of("src/test/resources/eval/extra"));

    /** The sets the shipped models are trained on (docs/extraction.md): every open annotated set. */
    private static final List<Path> SHIPPED_SETS = Stream.of(
            Stream.of("dev", "dev2", "train/t1", "train/t2", "train/t3", "train/t4").map(s -> Path.of("../shared/eval", s)),
            Stream.of("c1", "c2", "c3", "c4", "c6", "c7", "c9", "c11", "c13", "c14", "c17", "c18", "c19", "c20", "c21", "c22", "c23",
                    "c24", "c25", "c26", "c27").map(s -> Path.of("corpus", s)),
            Stream.concat(IntStream.rangeClosed(1, 36).boxed(), Stream.of(45, 46, 47, 48)).map(n -> Path.of("corpus", "b" + n)))
            .flatMap(s -> s).toList();

    private static String train(List<Path> sets, Path out) throws Exception {
        StringWriter log = new StringWriter();
        ModelTraining.train(ModelTraining.Model.INVESTMENT_AMOUNT, sets, out, new PrintWriter(log));
        return log.toString();
    }

    @Test
    void checksEachSetAgainstAModelTrainedOnTheOthersThenWritesTheModel(@TempDir Path dir) throws Exception {
        String log = train(TEST_SETS, dir.resolve("m.tsv"));

        assertThat(log).contains("held out", "rules P/R/F1", "model P/R/F1", "judged P/R/F1");
        assertThat(log.lines().filter(l -> l.startsWith("dev ") || l.startsWith("extra ") || l.startsWith("all ")))
                .hasSize(3);
        assertThat(Files.readString(dir.resolve("m.tsv"))).startsWith("# marketwatch logistic model v1\n(bias)\t")
                .contains("rule=accept\t");
    }

    @Test
    void trainingIsReproducible(@TempDir Path dir) throws Exception {
        train(TEST_SETS, dir.resolve("a.tsv"));
        train(TEST_SETS, dir.resolve("b.tsv"));

        assertThat(Files.readString(dir.resolve("a.tsv"))).isEqualTo(Files.readString(dir.resolve("b.tsv")));
    }

    @Test
    void theShippedModelIsWhatTrainingOnTheOpenSetsGives(@TempDir Path dir) throws Exception {
        assumeTrue(SHIPPED_SETS.stream().allMatch(Files::isDirectory), "the shared eval sets are not beside the project");

        train(SHIPPED_SETS, dir.resolve("m.tsv"));

        assertThat(Files.readString(dir.resolve("m.tsv")))
                .isEqualTo(Files.readString(Path.of("src/main/resources/models/investment-amount.tsv")));
    }
}
