package io.marketwatch.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.eval.DevBriefing;
import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.InvestmentStatus;
import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.extract.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One ranking of importance orders the investments, the launches and the companies of a briefing. */
class RankingTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private static final Briefing DEV = DevBriefing.assembled(Path.of("src/test/resources/eval/dev/articles"), AS_OF);
    private static final Importance RANK = new Importance(AS_OF,
            Map.of("old", LocalDate.of(2019, 1, 1), "new", LocalDate.of(2025, 12, 1)), name -> 1);

    @Test
    void theDevInvestmentsComeMostImportantFirst() {
        Importance importance = Importance.of(DEV);

        assertThat(DEV.investments()).isSortedAccordingTo(importance.investments());
        assertThat(DEV.investments()).extracting(BriefingInvestment::investor).startsWith(
                "HSBC Holdings", "Alibaba Group", "Square Inc", "Sony Group", "Tencent Holdings");
        assertThat(DEV.investments().get(DEV.investments().size() - 1).status())
                .as("the one rumoured deal comes last").isEqualTo(InvestmentStatus.rumored);
    }

    @Test
    void theDevLaunchesLeadWithTheSlippedOnesThenTheNearestExpected() {
        assertThat(DEV.launches()).isSortedAccordingTo(Importance.of(DEV).launches());
        assertThat(DEV.launches().subList(0, 3)).extracting(BriefingLaunch::status)
                .containsOnly(LaunchStatus.delayed, LaunchStatus.denied);
        assertThat(DEV.launches().subList(0, 5)).extracting(BriefingLaunch::product)
                .containsExactly("Mate X", "Galaxy Fold", "Galaxy Fold", "XRING O1", "Xiaomi 15S Pro");
        assertThat(DEV.launches().get(DEV.launches().size() - 1).status()).isEqualTo(LaunchStatus.released);
    }

    @Test
    void theDevCompaniesLeadWithTheMostCoveredAndTheSlippedLaunch() {
        List<String> names = DEV.companies().stream().map(BriefingCompany::name).toList();

        assertThat(names).startsWith("Tencent Holdings", "Samsung Electronics", "Huawei Technologies");
        assertThat(names.indexOf("Gimlet Media")).as("a company with a fact before one merely mentioned")
                .isLessThan(names.indexOf("Apple"));
    }

    @Test
    void eachFactorRaisesAnInvestment() {
        BriefingInvestment base = investment(1e9, InvestmentStatus.announced, List.of("A"), "old", "Acme");

        assertThat(RANK.score(investment(1e10, InvestmentStatus.announced, List.of("A"), "old", "Acme")))
                .as("amount").isGreaterThan(RANK.score(base));
        assertThat(RANK.score(investment(1e9, InvestmentStatus.announced, List.of("A", "B", "C"), "old", "Acme")))
                .as("outlets").isGreaterThan(RANK.score(base));
        assertThat(RANK.score(investment(1e9, InvestmentStatus.completed, List.of("A"), "old", "Acme")))
                .as("status").isGreaterThan(RANK.score(base))
                .isGreaterThan(RANK.score(investment(1e9, InvestmentStatus.rumored, List.of("A"), "old", "Acme")));
        assertThat(RANK.score(investment(1e9, InvestmentStatus.announced, List.of("A"), "new", "Acme")))
                .as("recency").isGreaterThan(RANK.score(base));
        assertThat(RANK.weighted(name -> "Acme".equals(name) ? 3 : 1).score(base))
                .as("watchlist weight").isEqualTo(3 * RANK.score(base));
    }

    @Test
    void aSlippedLaunchOutranksAnExpectedOneAndANearWindowAFarOne() {
        BriefingLaunch near = launch(LaunchStatus.expected, LocalDate.of(2026, 1, 15));
        BriefingLaunch far = launch(LaunchStatus.expected, LocalDate.of(2027, 1, 15));

        assertThat(RANK.score(launch(LaunchStatus.delayed, LocalDate.of(2027, 1, 15)))).isGreaterThan(RANK.score(near));
        assertThat(RANK.score(near)).isGreaterThan(RANK.score(far));
        assertThat(List.of(near, far)).isSortedAccordingTo(RANK.launches());
    }

    private static BriefingInvestment investment(double usd, InvestmentStatus status, List<String> outlets,
                                                 String article, String investor) {
        return new BriefingInvestment(investor, "Target Co", null, InvestmentKind.acquisition,
                new Money(BigDecimal.valueOf(usd), "USD", "$" + usd), usd, null, status, null, List.of(article),
                "evidence", outlets, null);
    }

    private static BriefingLaunch launch(LaunchStatus status, LocalDate end) {
        return new BriefingLaunch("Acme", "Widget " + status + end, status, new LaunchWindow(end, end), null,
                List.of("new"), "evidence", List.of("A"), null);
    }
}
