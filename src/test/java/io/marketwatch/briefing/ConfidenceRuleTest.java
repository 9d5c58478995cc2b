package io.marketwatch.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.InvestmentStatus;
import org.junit.jupiter.api.Test;

/** Confidence moves with the cue, the parties, the outlets and the traps near the amount; each move is a reason. */
class ConfidenceRuleTest {

    private static final KnownParties KNOWN = name -> new KnownParties.Verdict(!name.equals("Q"),
            name.equals("Q") ? "too short for a company name" : "named as a company in the articles");
    private final ConfidenceRule rule = new ConfidenceRule(KNOWN, 0.5);

    @Test
    void aPlainDealBetweenKnownCompaniesIsTrusted() {
        var scored = rule.investment(InvestmentKind.acquisition, InvestmentStatus.announced, "Orbital Works", "Lumen Labs",
                "$2 billion", "Orbital Works agreed to acquire Lumen Labs for $2 billion in cash.", 1);

        assertThat(scored.confidence()).isEqualTo(0.85);
        assertThat(scored.doubtful()).isFalse();
        assertThat(scored.reasons()).contains("cue \u201cacquire\u201d (acquisition)",
                "investor Orbital Works: named as a company in the articles", "reported by one outlet");
    }

    @Test
    void aValuationNearTheAmountAndAnUnknownPartyMakeItDoubtful() {
        var scored = rule.investment(InvestmentKind.acquisition, InvestmentStatus.announced, "Q", "Lumen Labs",
                "$2 billion", "Q agreed to acquire Lumen Labs, valued at $2 billion last year.", 1);

        assertThat(scored.confidence()).isLessThan(0.5);
        assertThat(scored.doubtful()).isTrue();
        assertThat(scored.reasons()).contains("investor Q: too short for a company name")
                .anyMatch(r -> r.startsWith("trap word \u201cvalued"));
    }

    @Test
    void outletsThatAgreeRaiseIt() {
        String evidence = "Orbital Works will invest $2 billion in a new plant.";
        double one = rule.investment(InvestmentKind.capex, InvestmentStatus.planned, "Orbital Works", null, "$2 billion",
                evidence, 1).confidence();
        var three = rule.investment(InvestmentKind.capex, InvestmentStatus.planned, "Orbital Works", null, "$2 billion",
                evidence, 3);

        assertThat(three.confidence()).isGreaterThan(one);
        assertThat(three.reasons()).contains("3 outlets agree");
    }

    @Test
    void aLaunchWithoutALaunchVerbIsLessCertain() {
        double withVerb = rule.launch("Orbital Works", "Orbital Works will release the Comet 2 drone in May.", 1)
                .confidence();
        var without = rule.launch("Orbital Works", "The Comet 2 drone could be ready in May.", 1);

        assertThat(without.confidence()).isLessThan(withVerb);
        assertThat(without.reasons()).contains("no launch verb in the evidence");
    }
}
