package io.marketwatch.extract.investment;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.extract.InvestmentFact;
import io.marketwatch.extract.Texts;
import io.marketwatch.extract.company.CompanyFinder;
import io.marketwatch.extract.money.CurrencyContext;
import io.marketwatch.extract.phrase.ParsedSentence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped investment-amount model, as the finder uses it, on sentences written for this test. */
class AmountJudgeTest {

    private static List<InvestmentFact> find(String body, AmountJudge judge) {
        List<ParsedSentence> sentences = Texts.parse("Deals", body);
        return new InvestmentFinder(judge).find(sentences, new CompanyFinder().find(sentences),
                CurrencyContext.of(body), LocalDate.of(2024, 6, 12));
    }

    private static List<AmountCandidate> candidates(String body) {
        List<ParsedSentence> sentences = Texts.parse("Deals", body);
        return new InvestmentFinder().candidates(sentences, new CompanyFinder().find(sentences), CurrencyContext.of(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Harlow Mills Inc agreed to buy Tarn Brewing Co for $2.4 billion in cash.",
            "Quikbite Labs raised $60 million in a funding round led by Orion Capital.",
            "Brightline Energy will invest $1.5 billion in a battery plant in Ohio."})
    void keepsPlainDeals(String sentence) {
        assertThat(find(sentence, AmountJudge.shipped())).singleElement()
                .satisfies(f -> assertThat(f.amount().text()).contains("$"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Shares of Harlow Mills Inc closed at $41.20 on Tuesday.",
            "Tarn Brewing Co reported quarterly revenue of $3.1 billion, up 4 percent.",
            "Regulators fined Vantor Inc $25 million for late filings."})
    void reportsNoPricesResultsOrFines(String sentence) {
        assertThat(find(sentence, AmountJudge.shipped())).isEmpty();
    }

    @Test
    void thePriceOfOneShareIsNeverReportableButARateOrAPartysShareMayBe() {
        String body = "Harlow Mills Inc agreed on Monday to buy Tarn Brewing Co for 64.30 dlrs a share in cash. "
                + "Harlow Mills Inc plans to invest around $500 million a year in new breweries. "
                + "Vantor Inc and Orion Capital contributed 22.5 mln dlrs each to Tarn Brewing Co.";

        assertThat(candidates(body)).filteredOn(AmountCandidate::reportable)
                .extracting(c -> c.amount().value().doubleValue()).doesNotContain(64.3).contains(5e8);
        assertThat(candidates(body)).filteredOn(c -> c.amount().value().doubleValue() == 64.3)
                .singleElement().satisfies(c -> assertThat(c.reportable()).isFalse());
    }

    @Test
    void withoutAModelTheRulesDecide() {
        String body = "Harlow Mills Inc agreed to buy Tarn Brewing Co for $2.4 billion in cash. "
                + "Tarn Brewing Co reported quarterly revenue of $3.1 billion.";
        List<AmountCandidate> read = candidates(body);

        assertThat(read).hasSize(2);
        assertThat(find(body, AmountJudge.rulesOnly())).hasSize((int) read.stream().filter(AmountCandidate::rulesAccept).count());
    }

    @Test
    void everyAmountIsACandidateWithTheRulesVerdictAmongItsFeatures() {
        List<AmountCandidate> read = candidates("Harlow Mills Inc agreed to buy Tarn Brewing Co for $2.4 billion. "
                + "Its shares rose 3% to $41.20.");

        assertThat(read).hasSize(2);
        assertThat(read.get(0).rulesAccept()).isTrue();
        assertThat(read.get(0).features()).contains("rule=accept", "kind=acquisition", "currency=USD");
        assertThat(read.get(1).rulesAccept()).isFalse();
        assertThat(read.get(1).features()).contains("rule=trap", "percent");
    }
}
