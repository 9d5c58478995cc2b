package io.marketwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ScorerTest {

    private static final Path GOLD = Path.of("src/test/resources/eval/dev/gold");

    /**
     * briefing.json is a dev briefing with facts removed, changed and added; score-py-verbose.txt is
     * what {@code score.py --verbose} printed for it (run once by hand).
     */
    @Test
    void printsTheSameLinesAsScorePy() throws Exception {
        var briefing = DevBriefing.JSON.readTree(Path.of("src/test/resources/eval/scorer/briefing.json").toFile());
        List<String> expected = Files.readAllLines(Path.of("src/test/resources/eval/scorer/score-py-verbose.txt"));

        List<String> lines = Scorer.report(Scorer.score(GoldArticle.load(GOLD), briefing), true);

        assertThat(lines).containsExactlyElementsOf(expected);
    }

    @Test
    void scoresTheGoldItselfAsPerfect() {
        List<GoldArticle> golds = GoldArticle.load(GOLD);
        ObjectNode briefing = DevBriefing.JSON.createObjectNode();
        ArrayNode articles = briefing.putArray("articles");
        for (int i = 0; i < golds.size(); i++) {
            String id = "a" + i;
            articles.addObject().put("id", id).put("title", golds.get(i).title());
            for (String kind : List.of("companies", "investments", "launches")) {
                ArrayNode facts = briefing.withArray(kind);
                golds.get(i).facts().get(kind).forEach(f -> {
                    ObjectNode copy = ((ObjectNode) f).deepCopy();
                    copy.putArray("articleIds").add(id);
                    facts.add(copy);
                });
            }
        }

        Score score = Scorer.score(golds, briefing);

        assertThat(score.minF1()).isEqualTo(1.0);
        assertThat(score.launchWindowMonth()).isEqualTo(1.0);
        assertThat(score.articlesMissing()).isEmpty();
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Qwen3                | Qwen 3                       | true
            Switch OLED          | Nintendo Switch (OLED model) | true
            next-generation model| next model                   | true
            Mate X               | Galaxy Fold                  | false
            ab                   | abc                          | false
            """)
    void comparesProductsLikeScorePy(String predicted, String gold, boolean same) {
        assertThat(Scorer.sameProduct(predicted, gold)).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            7000000      | 7000000.0
            12000000000  | 12000000000.0
            1.25E9       | 1250000000.0
            1.0E16       | 1e+16
            0.00001      | 1e-05
            0.5          | 0.5
            """)
    void printsFloatsLikePython(double value, String python) {
        assertThat(Json.pythonFloat(value)).isEqualTo(python);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            L'Oréal S.A.          | L'OREAL
            Nestlé S.A.           | Nestle
            Société Générale      | Societe Generale Group
            Banco Bradesco S.A.   | Banco Bradesco
            """)
    void foldsAccentsAndDottedSuffixesInNamesLikeScorePy(String predicted, String gold) {
        assertThat(Normal.name(predicted)).isEqualTo(Normal.name(gold));
    }

    @Test
    void matchesNamedLaunchesBeforeUnnamedOnes() {
        ObjectNode gold = DevBriefing.JSON.createObjectNode().put("title", "Carmaker plans two models");
        gold.putArray("companies").addObject().put("name", "Volvo Cars").putArray("aliases");
        ArrayNode goldLaunches = gold.putArray("launches");
        goldLaunches.addObject().put("company", "Volvo Cars").put("product", "electric van").put("status", "expected")
                .put("unnamed", true);
        goldLaunches.addObject().put("company", "Volvo Cars").put("product", "EX90").put("status", "expected");
        ObjectNode briefing = DevBriefing.JSON.createObjectNode();
        briefing.putArray("articles").addObject().put("id", "a").put("title", "Carmaker plans two models");
        ArrayNode launches = briefing.putArray("launches");
        launches.addObject().put("company", "Volvo Cars").put("product", "EX90").put("status", "expected")
                .putArray("articleIds").add("a");
        launches.addObject().put("company", "Volvo Cars").put("product", "compact van").put("status", "expected")
                .putArray("articleIds").add("a");

        Score score = Scorer.score(List.of(new GoldArticle("carmaker.json", gold)), briefing);

        assertThat(score.launches().tp()).isEqualTo(2);
    }
}
