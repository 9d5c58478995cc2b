package io.marketwatch.extract.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticModelTest {

    /** "deal" words make positives, "price" words negatives; "noise" says nothing. */
    private static List<Example> examples() {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(new Example("a", List.of("w=acquire", "noise" + i % 3), true, true, true));
            out.add(new Example("b", List.of("w=share", "w=price", "noise" + i % 3), false, false, true));
        }
        return out;
    }

    private static String text(LogisticModel model) throws IOException {
        StringWriter out = new StringWriter();
        model.write(out);
        return out.toString();
    }

    @Test
    void learnsWhichFeaturesMakeAPositive() {
        LogisticModel model = LogisticModel.train(examples(), 10, 0.01, 1);

        assertThat(model.probability(List.of("w=acquire"))).isGreaterThan(0.9);
        assertThat(model.probability(List.of("w=share", "w=price"))).isLessThan(0.1);
        assertThat(model.probability(List.of("never-seen"))).isBetween(0.2, 0.8);
    }

    @Test
    void averagesTheWeightsOfSeveralModels() throws IOException {
        LogisticModel one = LogisticModel.train(examples(), 10, 0.01, 1);
        LogisticModel two = LogisticModel.train(examples(), 10, 0.01, 2);
        LogisticModel mean = LogisticModel.average(List.of(one, two));

        double z = Math.log(mean.probability(List.of("w=acquire")) / (1 - mean.probability(List.of("w=acquire"))));
        double z1 = Math.log(one.probability(List.of("w=acquire")) / (1 - one.probability(List.of("w=acquire"))));
        double z2 = Math.log(two.probability(List.of("w=acquire")) / (1 - two.probability(List.of("w=acquire"))));
        assertThat(z).isCloseTo((z1 + z2) / 2, org.assertj.core.data.Offset.offset(0.001));
        assertThat(text(LogisticModel.average(List.of(one)))).isEqualTo(text(one));
    }

    @Test
    void sameExamplesAndSeedGiveTheSameFile() throws IOException {
        assertThat(text(LogisticModel.train(examples(), 10, 0.01, 1)))
                .isEqualTo(text(LogisticModel.train(examples(), 10, 0.01, 1)));
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        LogisticModel model = LogisticModel.train(examples(), 10, 0.01, 1);
        LogisticModel read = LogisticModel.read(new StringReader(text(model)));

        assertThat(read.size()).isEqualTo(model.size());
        assertThat(read.probability(List.of("w=acquire", "noise1")))
                .isCloseTo(model.probability(List.of("w=acquire", "noise1")), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void refusesAFileThatIsNotAModel() {
        assertThatThrownBy(() -> LogisticModel.read(new StringReader("feature\t1.0\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("not a Market Watch model");
        assertThatThrownBy(() -> LogisticModel.read(new StringReader("# marketwatch logistic model v1\nno tab\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("malformed model line: no tab");
    }

    @Test
    void aModelMissingFromTheJarIsNamed() {
        assertThatThrownBy(() -> LogisticModel.resource("models/nope.tsv"))
                .hasMessageContaining("models/nope.tsv");
    }
}
