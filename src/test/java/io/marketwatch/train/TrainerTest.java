package io.marketwatch.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.extract.learn.Example;
import io.marketwatch.extract.learn.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrainerTest {

    private static final Thresholds THRESHOLDS = new Thresholds(0.4, 0.5);

    /** Each set holds one example the word "firm" marks positive and one "person" marks negative. */
    private static List<Example> examples(int sets) {
        List<Example> out = new ArrayList<>();
        IntStream.range(0, sets).forEach(i -> {
            out.add(new Example("set" + i, List.of("w=firm"), true, true, true));
            out.add(new Example("set" + i, List.of("w=person"), false, true, true));
        });
        return out;
    }

    private static List<String> heldOut(List<String> lines) {
        return lines.stream().skip(1).map(l -> l.split("\\s+")[0]).toList();
    }

    @Test
    void holdsOutEachSetAloneWhenThereAreFewSets() {
        List<String> lines = new Trainer().crossCheck(examples(3), THRESHOLDS);

        assertThat(heldOut(lines)).containsExactly("set0", "set1", "set2", "all");
    }

    @Test
    void holdsOutTenFoldsOfWholeSetsWhenThereAreMore() {
        List<String> lines = new Trainer().crossCheck(examples(23), THRESHOLDS);

        assertThat(heldOut(lines)).containsExactly("fold1", "fold2", "fold3", "fold4", "fold5", "fold6", "fold7",
                "fold8", "fold9", "fold10", "all");
        // set0, set1, set10, set11, ...: fold 1 holds the 1st, 11th and 21st set in name order, 2 examples each
        assertThat(lines.get(1).split("\\s+")[1]).isEqualTo("6");
        // the model learns the word from the other sets: every held-out verdict is right
        assertThat(lines.get(lines.size() - 1)).endsWith("1.00/1.00/1.000 ");
    }
}
