package io.marketwatch.extract.company;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.extract.Texts;
import io.marketwatch.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyFeaturesTest {

    private final CompanyFinder finder = new CompanyFinder(KnowledgeBase.shipped(), CompanyJudge.rulesOnly());

    private CompanyCandidate candidate(String title, String body, String name) {
        List<CompanyCandidate> all = finder.candidates(Texts.parse(title, body));
        return all.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + all));
    }

    @Test
    void aCompanyCarriesTheRulesVerdictItsShapeAndTheWordsAroundIt() {
        CompanyCandidate c = candidate(null,
                "Brennick Robotics Ltd said on Monday it would open a plant in Porto. Brennick employs 400 people.",
                "Brennick Robotics Ltd");

        assertThat(c.rulesAccept()).isTrue();
        assertThat(c.forms()).containsExactlyInAnyOrder("Brennick Robotics Ltd", "Brennick");
        assertThat(c.features()).contains("rule=COMPANY", "shape=legal", "shape=corporate", "last=ltd",
                "words=3", "forms=2", "first=0", "title=false", "starts=always", "R1=said", "R1=employ",
                "kb=none");
        assertThat(c.features()).anyMatch(f -> f.startsWith("cue=COMPANY"));
    }

    @Test
    void aPersonIsACandidateTooWithTheRolesBeforeIt() {
        CompanyCandidate c = candidate(null,
                "The plan was approved by chief executive Marit Oddsen, who joined Brennick Robotics in 2019.",
                "Marit Oddsen");

        assertThat(c.rulesAccept()).isFalse();
        assertThat(c.features()).contains("rule=PERSON", "L1=executive", "L2=chief", "starts=never");
    }

    @Test
    void namesInTheTitleAcronymsDigitsAndPossessivesAreMarked() {
        List<CompanyCandidate> all = finder.candidates(Texts.parse("Kestova Buys Stake in Vellum",
                "Kestova's board approved the deal with Vellum Systems. Kestova will ship the KX200 in March. "
                        + "The deal needs approval from the FTC."));

        CompanyCandidate kestova = all.stream().filter(c -> c.name().equals("Kestova")).findFirst().orElseThrow();
        assertThat(kestova.features()).contains("title=true", "possessive=true");
        assertThat(all).filteredOn(c -> c.name().equals("KX200")).singleElement()
                .satisfies(c -> assertThat(c.features()).contains("shape=digit", "shape=caps"));
        assertThat(all).filteredOn(c -> c.name().equals("FTC")).singleElement()
                .satisfies(c -> assertThat(c.features()).contains("shape=caps"));
    }

    @Test
    void aOneWordNameThatStartsALongerNameIsNested() {
        List<CompanyCandidate> all = finder.candidates(Texts.parse(null,
                "Lumora launched the Lumora Vision headset on Tuesday. Lumora said demand was strong."));

        assertThat(all).filteredOn(c -> c.forms().contains("Lumora")).singleElement()
                .satisfies(c -> assertThat(c.features()).contains("nested=true"));
    }

    @Test
    void theWordsAroundANameAreStemmedAndNumbersFolded() {
        CompanyCandidate c = candidate(null, "Shares of Tarvik Holdings jumped 12% after Tarvik Holdings reported 2025 sales.",
                "Tarvik Holdings");

        assertThat(c.features()).contains("L1=of", "L2=share", "R1=jump", "R1=report", "R2=#");
    }

    @Test
    void onlyNamesTheRulesGiveNoKindCanBeMadeCompaniesByTheModel() {
        List<CompanyCandidate> all = finder.candidates(Texts.parse(null,
                "The group bought AI startup Velmora last year. Shell companies hid the money, said Ingrid Solberg "
                        + "of Brennick Robotics. Tovana said sales rose."));

        assertThat(all).filteredOn(CompanyCandidate::admissible).extracting(CompanyCandidate::name)
                .contains("Velmora", "Brennick Robotics", "Tovana")
                .doesNotContain("AI", "Shell", "Ingrid Solberg");
    }
}
