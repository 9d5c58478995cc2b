package io.marketwatch.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.BriefingAssembler;
import io.marketwatch.briefing.EditorCorrection.Action;
import io.marketwatch.briefing.ExtractedArticle;
import io.marketwatch.briefing.FxTables;
import io.marketwatch.briefing.HighlightsRule;
import io.marketwatch.extract.ArticleFacts;
import io.marketwatch.extract.CompanyFact;
import io.marketwatch.extract.InvestmentFact;
import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.InvestmentStatus;
import io.marketwatch.extract.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An edited review file is checked whole: every bad row is named, and one is enough to apply nothing. */
class CorrectionPlanTest {

    private static final LocalDate NIGHT = LocalDate.of(2026, 1, 5);
    private static final Instant NOW = Instant.parse("2026-01-06T07:00:00Z");

    private final Briefing night = night();
    private final String id = night.investments().get(0).review().id();
    private final CorrectionPlan plan = new CorrectionPlan(night);

    @Test
    void aFixKeepsTheOriginalValuesAndNamesGoToTheKnowledgeBase() {
        var planned = plan.plan("review.csv", List.of(new EditedRow(2, id, "fix",
                "investor=Lumen Labs; status=rumored; person=Jane Roe:Orbital Works")), "alice", NOW, NIGHT);

        assertThat(planned.corrections()).singleElement().satisfies(c -> {
            assertThat(c.correction().action()).isEqualTo(Action.fix);
            assertThat(c.correction().fields()).containsEntry("investor", "Lumen Labs").containsEntry("status", "rumored");
            assertThat(c.original()).containsEntry("investor", "Orbital Works").containsEntry("status", "announced");
            assertThat(c.factKind()).isEqualTo("investment");
        });
        assertThat(planned.entries()).containsExactly(new EditorEntry("Jane Roe", "person", "Orbital Works"));
    }

    @Test
    void rowsWithoutActionAreLeftAlone() {
        var planned = plan.plan("review.csv", List.of(new EditedRow(2, id, "", "")), "alice", NOW, NIGHT);

        assertThat(planned.corrections()).isEmpty();
    }

    @Test
    void everyBadRowIsNamedAndNothingIsPlanned() {
        List<EditedRow> rows = List.of(
                new EditedRow(2, id, "drop", ""),
                new EditedRow(3, "i-000000000000", "drop", ""),
                new EditedRow(4, id, "fix", "price=3"),
                new EditedRow(5, id, "remove", ""));

        assertThatThrownBy(() -> plan.plan("review.csv", rows, "alice", NOW, NIGHT))
                .isInstanceOf(ReviewFileException.class)
                .hasMessageContaining("nothing applied, 3 problems")
                .hasMessageContaining("row 3 (i-000000000000): unknown id")
                .hasMessageContaining("row 4 (" + id + "): the fact is corrected twice")
                .hasMessageContaining("row 5 (" + id + "): the fact is corrected twice");
    }

    @Test
    void badValuesAndFieldsAreNamed() {
        assertThatThrownBy(() -> plan.plan("review.csv", List.of(new EditedRow(7, id, "fix", "kind=merger; amount=-5")),
                "alice", NOW, NIGHT))
                .hasMessageContaining("row 7 (" + id + "): kind \u201cmerger\u201d is not one of capex, funding")
                .hasMessageContaining("row 7 (" + id + "): amount \u201c-5\u201d is not a positive number");
        assertThatThrownBy(() -> plan.plan("review.csv", List.of(new EditedRow(8, id, "drop", "investor=X")),
                "alice", NOW, NIGHT))
                .hasMessageContaining("row 8 (" + id + "): only the action fix changes fields");
        assertThatThrownBy(() -> plan.plan("review.csv", List.of(new EditedRow(9, id, "fix", "")), "alice", NOW, NIGHT))
                .hasMessageContaining("row 9 (" + id + "): fix needs field=value pairs");
    }

    private static Briefing night() {
        var deal = new InvestmentFact("Orbital Works", "Lumen Labs", null, InvestmentKind.acquisition,
                new Money(new BigDecimal("2000000000"), "USD", "$2 billion"), null, InvestmentStatus.announced, null,
                "Orbital Works agreed to acquire Lumen Labs for $2 billion.");
        var facts = new ArticleFacts(List.of(new CompanyFact("Orbital Works", List.of(), 2),
                new CompanyFact("Lumen Labs", List.of(), 1)), List.of(deal), List.of(), List.of(), null);
        BriefingAssembler assembler = new BriefingAssembler(FxTables.bundled(), HighlightsRule.defaults());
        assembler.add(new ExtractedArticle("a1", "Orbital Works buys Lumen Labs", null, NIGHT, null, "en", "a1.txt", facts));
        return assembler.build(NIGHT, NOW, List.of());
    }
}
