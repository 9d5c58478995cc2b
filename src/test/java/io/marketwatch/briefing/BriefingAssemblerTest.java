package io.marketwatch.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.extract.ArticleFacts;
import io.marketwatch.extract.CompanyFact;
import io.marketwatch.extract.InvestmentFact;
import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.InvestmentStatus;
import io.marketwatch.extract.LaunchFact;
import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.extract.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingAssemblerTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 28);

    private static ExtractedArticle article(String id, String outlet, ArticleFacts facts) {
        return new ExtractedArticle(id, "Title " + id, null, LocalDate.of(2025, 3, 27), outlet, "en", id + ".txt", facts);
    }

    private static InvestmentFact stake(String investor, String recipient, String amount, String currency, String text,
                                        Double usd) {
        return new InvestmentFact(investor, recipient, "25% of a new unit", InvestmentKind.stake,
                new Money(new BigDecimal(amount), currency, text), usd, InvestmentStatus.announced, null,
                investor + " will invest " + text + ".");
    }

    @Test
    void oneInvestmentReportedByTwoOutletsInTwoFormatsIsOneFactWithBothArticles() {
        var wire = new ArticleFacts(List.of(new CompanyFact("Tencent", List.of(), 3), new CompanyFact("Ubisoft", List.of(), 5)),
                List.of(stake("Tencent", "Ubisoft", "1160000000", "EUR", "1.16 bln euros", 1.25e9)), List.of(), List.of(),
                "Tencent will invest.");
        var feature = new ArticleFacts(List.of(new CompanyFact("Ubisoft Entertainment", List.of("Ubisoft"), 4),
                new CompanyFact("Tencent Holdings", List.of("Tencent"), 2)),
                List.of(stake("Tencent Holdings", "Ubisoft Entertainment", "1160000000", "EUR", "€1.16bn", null)),
                List.of(), List.of(), "Tencent pays.");
        var assembler = new BriefingAssembler(SampleBriefings.FX, HighlightsRule.defaults());
        assembler.add(article("a1", "Continental Markets Wire", wire));
        assembler.add(article("a2", "Games Ledger", feature));

        Briefing briefing = assembler.build(AS_OF, Instant.EPOCH, List.of());

        assertThat(briefing.investments()).singleElement().satisfies(i -> {
            assertThat(i.articleIds()).containsExactly("a1", "a2");
            assertThat(i.outlets()).containsExactly("Continental Markets Wire", "Games Ledger");
            assertThat(i.amountUsd()).isEqualTo(1.25e9);
            assertThat(i.conversion().byArticle()).isTrue();
            assertThat(i.investor()).isEqualTo("Tencent Holdings");
            assertThat(i.recipient()).isEqualTo("Ubisoft Entertainment");
        });
        assertThat(briefing.companies()).extracting(BriefingCompany::name)
                .containsExactlyInAnyOrder("Tencent Holdings", "Ubisoft Entertainment");
        assertThat(briefing.companies()).allSatisfy(c -> assertThat(c.articleIds()).containsExactly("a1", "a2"));
        BriefingCompany tencent = briefing.companies().stream().filter(c -> c.name().equals("Tencent Holdings")).findFirst().orElseThrow();
        assertThat(tencent.aliases()).containsExactly("Tencent");
        assertThat(tencent.mentions()).isEqualTo(5);
        assertThat(tencent.investedUsd()).isEqualTo(1.25e9);
        assertThat(tencent.mentionedWith()).containsExactly("Ubisoft Entertainment");
    }

    @Test
    void amountsWithoutTheArticlesOwnConversionAreConvertedWithTheDatedFxTable() {
        var facts = new ArticleFacts(List.of(new CompanyFact("Samsung Display", List.of(), 2)),
                List.of(new InvestmentFact("Samsung Display", null, "OLED line", InvestmentKind.capex,
                        new Money(new BigDecimal("4100000000000"), "KRW", "4.1 trillion won"), null,
                        InvestmentStatus.planned, "through 2026", "Samsung Display will invest 4.1 trillion won.")),
                List.of(), List.of(), null);
        var assembler = new BriefingAssembler(SampleBriefings.FX, HighlightsRule.defaults());
        assembler.add(article("k1", null, facts));

        BriefingInvestment investment = assembler.build(AS_OF, Instant.EPOCH, List.of()).investments().get(0);

        assertThat(investment.amountUsd()).isCloseTo(4.1e12 * 0.00068, org.assertj.core.data.Offset.offset(1.0));
        assertThat(investment.conversion()).isEqualTo(new UsdConversion(false, 0.00068, SampleBriefings.FX.date()));
    }

    @Test
    void differentInvestmentsStayApartAndAreOrderedByUsdAmount() {
        var facts = new ArticleFacts(List.of(new CompanyFact("Sony Group", List.of("Sony"), 4)),
                List.of(stake("Sony Group", "Kadokawa", "50000000000", "JPY", "¥50 billion", 3.2e8),
                        new InvestmentFact("Sony Group", "Bungie", null, InvestmentKind.acquisition,
                                new Money(new BigDecimal("3600000000"), "USD", "$3.6 billion"), null,
                                InvestmentStatus.completed, "in 2022", "Sony bought Bungie for $3.6 billion in 2022.")),
                List.of(), List.of(), null);
        var assembler = new BriefingAssembler(SampleBriefings.FX, HighlightsRule.defaults());
        assembler.add(article("s1", null, facts));

        Briefing briefing = assembler.build(AS_OF, Instant.EPOCH, List.of());

        assertThat(briefing.investments()).extracting(BriefingInvestment::recipient).containsExactly("Bungie", "Kadokawa");
        assertThat(briefing.investments().get(0).conversion()).as("already in USD").isNull();
        assertThat(briefing.highlights().get(0).text()).isEqualTo("Sony Group bought Bungie for $3.6 billion.");
    }

    @Test
    void theSameLaunchFromTwoArticlesIsOneLaunchAndTheMoreReportedLaunchComesFirst() {
        LaunchFact switch2 = new LaunchFact("Nintendo", "Nintendo Switch 2", LaunchStatus.expected,
                LaunchWindow.day(LocalDate.of(2025, 6, 5)), "on June 5", "The Switch 2 goes on sale on June 5.");
        LaunchFact switch2Again = new LaunchFact("Nintendo Co.", "Switch 2", LaunchStatus.expected,
                LaunchWindow.day(LocalDate.of(2025, 6, 5)), "June 5", "Nintendo will release the Switch 2 on June 5.");
        LaunchFact earlier = new LaunchFact("Nintendo", "Mario Kart World", LaunchStatus.expected,
                new LaunchWindow(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30)), "in April", "In April.");
        var assembler = new BriefingAssembler(SampleBriefings.FX, HighlightsRule.defaults());
        assembler.add(article("n1", "A", new ArticleFacts(List.of(new CompanyFact("Nintendo", List.of(), 3)),
                List.of(), List.of(switch2), List.of(), null)));
        assembler.add(article("n2", "B", new ArticleFacts(List.of(new CompanyFact("Nintendo Co.", List.of("Nintendo"), 2)),
                List.of(), List.of(switch2Again, earlier), List.of(), null)));

        Briefing briefing = assembler.build(AS_OF, Instant.EPOCH, List.of());

        assertThat(briefing.launches()).extracting(BriefingLaunch::product).containsExactly("Nintendo Switch 2", "Mario Kart World");
        assertThat(briefing.launches().get(0).articleIds()).containsExactly("n1", "n2");
        assertThat(briefing.companies()).singleElement().satisfies(c -> assertThat(c.mentions()).isEqualTo(5));
    }

    @Test
    void theSameArticleAddedTwiceCountsOnceAndThePeriodSpansPublicationDates() {
        var facts = new ArticleFacts(List.of(), List.of(), List.of(), List.of(), null);
        var assembler = new BriefingAssembler(SampleBriefings.FX, HighlightsRule.defaults());
        assembler.add(new ExtractedArticle("x", "X", null, LocalDate.of(2025, 1, 3), null, null, "x.txt", facts));
        assembler.add(new ExtractedArticle("x", "X", null, LocalDate.of(2025, 1, 3), null, null, "copy of x.txt", facts));
        assembler.add(new ExtractedArticle("y", "Y", null, LocalDate.of(2024, 12, 30), null, null, "y.txt", facts));
        assembler.add(new ExtractedArticle("z", "Z", null, null, null, null, "z.txt", facts));

        Briefing briefing = assembler.build(AS_OF, Instant.EPOCH, List.of());

        assertThat(briefing.articles()).extracting(BriefingArticle::id).containsExactly("x", "y", "z");
        assertThat(briefing.period()).isEqualTo(new DatePeriod(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 3)));
    }
}
