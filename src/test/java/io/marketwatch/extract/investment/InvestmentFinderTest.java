package io.marketwatch.extract.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.marketwatch.extract.InvestmentFact;
import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.InvestmentStatus;
import io.marketwatch.extract.Texts;
import io.marketwatch.extract.company.CompanyFinder;
import io.marketwatch.extract.company.CompanyJudge;
import io.marketwatch.extract.money.CurrencyContext;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.kb.KnowledgeBase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvestmentFinderTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 12);

    /** The rules alone: how the shipped models overrule them is AmountJudgeTest's and CompanyJudgeTest's. */
    private static List<InvestmentFact> find(String title, String body) {
        return find(title, body, new InvestmentFinder(AmountJudge.rulesOnly()),
                new CompanyFinder(KnowledgeBase.shipped(), CompanyJudge.rulesOnly()));
    }

    private static List<InvestmentFact> find(String title, String body, InvestmentFinder investments,
                                             CompanyFinder companies) {
        List<ParsedSentence> sentences = Texts.parse(title, body);
        return investments.find(sentences, companies.find(sentences), CurrencyContext.of(body), PUBLISHED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Brightline Energy said it will invest $2.5 billion in a battery plant in Georgia over the next five years.  | capex       | 2500000000 | USD | Brightline Energy | -                 | planned
            Brightline Energy approved the R$9.1 billion Puma II expansion on Tuesday.                                    | capex       | 9100000000 | BRL | Brightline Energy | -                 | planned
            Brightline Energy first announced the Casa Grande plant, a $700 million project, last week.                 | capex       | 700000000  | USD | Brightline Energy | -                 | announced
            Quikbite raised $40 million in a Series B round led by Harbor Ventures.                                      | funding     | 40000000   | USD | Harbor Ventures   | Quikbite          | completed
            Kestrel Games has agreed to acquire Bluepeak Studios, the developer behind the Skyfall series, for $3.6 billion. | acquisition | 3600000000 | USD | Kestrel Games | Bluepeak Studios | announced
            A group of investors led by Harbor Ventures took Bluepeak Systems private in a $3.4 billion deal in 2019.      | acquisition | 3400000000 | USD | Harbor Ventures | Bluepeak Systems | completed
            Vantor Inc made a 7.7 bln euro offer for Bluepeak Systems, Germany's largest cable operator.                | acquisition | 7700000000 | EUR | Vantor Inc        | Bluepeak Systems  | announced
            Quikbite raised $40 million from undisclosed investors, the startup said.                                   | funding     | 40000000   | USD | -                 | Quikbite          | completed
            Vantor Inc has agreed to acquire Bluepeak Systems for €1.2bn in cash.                                        | acquisition | 1200000000 | EUR | Vantor Inc        | Bluepeak Systems  | announced
            Kestrel Airlines bought a 15% stake in Skyward Holdings in 2021 for $300 million.                            | stake       | 300000000  | USD | Kestrel Airlines  | Skyward Holdings  | completed
            Pacific Rim Bank agreed to buy Harbor Group's consumer lending business in Taiwan for S$500 million.         | acquisition | 500000000  | SGD | Pacific Rim Bank  | Harbor Group      | announced
            Vantor Inc is in talks to buy Bluepeak Systems for about $900 million, people familiar with the matter said. | acquisition | 900000000  | USD | Vantor Inc        | Bluepeak Systems  | rumored
            Norwind Technologies plans to spend Rs 1,200 crore on a new factory in Pune.                                  | capex       | 12000000000 | INR | Norwind Technologies | -              | planned
            Tessera Energy will invest an additional $2 billion in its Texas plant, bringing its total investment there to $5 billion. | capex | 2000000000 | USD | Tessera Energy | - | planned
            Orion Capital, which has already committed about $1 billion to Quikbite Labs, joined the round.              | stake       | 1000000000 | USD | Orion Capital     | Quikbite Labs     | completed
            Harlow Mills Inc agreed to buy Tarn Brewing Co for 52 bln dlrs in cash.                                      | acquisition | 52000000000 | USD | Harlow Mills Inc | Tarn Brewing Co | announced
            Tarn Brewing Co, which was acquired by Harlow Mills Inc for $2 billion in 2019, makes lager.                | acquisition | 2000000000 | USD | Harlow Mills Inc | Tarn Brewing Co | completed
            The deal follows Harlow Mills Inc's $3 billion takeover of Tarn Brewing Co in 2019.                          | acquisition | 3000000000 | USD | Harlow Mills Inc | Tarn Brewing Co | completed
            Its biggest purchase was Tarn Brewing Co, which Harlow Mills Inc bought for $400 million in 2020.            | acquisition | 400000000  | USD | Harlow Mills Inc | Tarn Brewing Co | completed
            Vantor Inc may overlap with Tarn Brewing Co, the lager maker Harlow Mills Inc bought for $400 million in 2020. | acquisition | 400000000 | USD | Harlow Mills Inc | Tarn Brewing Co | completed
            Vantor Inc agreed to buy Bluepeak Systems, the chip designer that Harlow Mills Inc bought for $6 billion in 2019. | acquisition | 6000000000 | USD | Harlow Mills Inc | Bluepeak Systems | completed
            Harlow Mills Inc said Tarn Brewing Co, backed by Orion Capital, will be acquired at an enterprise value of $190 million. | acquisition | 190000000 | USD | Harlow Mills Inc | Tarn Brewing Co | announced
            The acquisition of Tarn Brewing Co by Harlow Mills Inc, valued at 542 mln stg, is expected to close in June.   | acquisition | 542000000 | GBP | Harlow Mills Inc | Tarn Brewing Co | announced
            Harlow Mills Inc's purchase of Tarn Brewing Co, valued at 542 mln stg, is expected to close in June.          | acquisition | 542000000 | GBP | Harlow Mills Inc | Tarn Brewing Co | announced
            Vantor Inc agreed to sell Bluepeak Systems to Harlow Mills Inc for $700 million.                             | acquisition | 700000000  | USD | Harlow Mills Inc | Bluepeak Systems | announced
            Vantor Inc agreed to sell its lighting unit to Harlow Mills Inc in a $700 million deal.                      | acquisition | 700000000  | USD | Harlow Mills Inc | Vantor Inc      | announced
            Vantor Inc agreed to sell its lighting unit to Finland's Harlow Mills Inc for $700 million.                  | acquisition | 700000000  | USD | Harlow Mills Inc | Vantor Inc      | announced
            Bluepeak Systems agreed to a $900 million takeover by Harlow Mills Inc, the companies said.                  | acquisition | 900000000  | USD | Harlow Mills Inc | Bluepeak Systems | announced
            Quikbite Labs will receive a $500 million investment from Orion Capital Group, the startup said.             | stake       | 500000000  | USD | Orion Capital Group | Quikbite Labs  | announced
            Vantor Inc will invest $2 billion in a plant in Ohio, chief executive Dana Whitfield said.                   | capex       | 2000000000 | USD | Vantor Inc       | -               | planned
            Vantor Inc is setting up a $2 billion plant in Chennai.                                                       | capex       | 2000000000 | USD | Vantor Inc       | -               | planned
            Quikbite Labs closed a $40 million Series B, led by Orion Capital.                                            | funding     | 40000000   | USD | Orion Capital    | Quikbite Labs   | completed
            Quikbite Labs has bagged $40 million in fresh funding from Orion Capital.                                     | funding     | 40000000   | USD | Orion Capital    | Quikbite Labs   | completed
            The $40 million round was led by Orion Capital, Quikbite Labs said.                                           | funding     | 40000000   | USD | Orion Capital    | Quikbite Labs   | completed
            Norvik Energi AB investerar 5,6 miljarder kronor i en ny fabrik, skriver SeekingAlpha.                        | capex       | 5600000000 | SEK | Norvik Energi AB  | -                 | planned
            Harlow Mills Inc separately won Tarn Brewing Co, the lager maker, with a bid of 3.59 bln reais.                | acquisition | 3590000000 | BRL | Harlow Mills Inc | Tarn Brewing Co | announced
            A consortium of Vantor Inc, Harlow Mills Inc and Orion Capital has won control of Bluepeak Systems, declaring its 71.1 billion euro offer unconditional. | acquisition | 71100000000 | EUR | Vantor Inc | Bluepeak Systems | announced
            Quikbite Labs has raised $200 million in a Series E round led by Japan's Orion Capital, the company said.    | funding     | 200000000  | USD | Orion Capital    | Quikbite Labs   | completed
            Tarn Brewing Co, the beer unit of Vantor Inc, is to be sold to a consortium led by U.S. private equity firm Harlow Mills Inc for 2 trillion yen. | acquisition | 2000000000000 | JPY | Harlow Mills Inc | Tarn Brewing Co | announced
            Vantor Inc bought about 10 mln Bluepeak Systems shares, some 44 pct of the company, for about 750 mln dlrs.   | stake       | 750000000  | USD | Vantor Inc       | Bluepeak Systems | completed
            Kestrel Motors South Africa will invest a further R160 million in its Rosslyn plant, the company said.        | capex       | 160000000  | ZAR | Kestrel Motors South Africa | - | planned
            M_Quik JSC has raised $200 million in a round led by Orion Capital.                                           | funding     | 200000000  | USD | Orion Capital    | M_Quik JSC      | completed
            Harbor Steel Corp guided to $4 billion to $4.5 billion of capital spending for next year.                   | capex       | 4000000000 | USD | Harbor Steel Corp | -                 | planned
            Harbor Steel Corp expects capital expenditure of 27 bln to 29 bln dlrs in 2026, the company said.       | capex       | 27000000000 | USD | Harbor Steel Corp | -                 | planned
            Harbor Steel Corp plans capital expenditure of $9 billion next year, about $1 billion less than this year.  | capex       | 9000000000 | USD | Harbor Steel Corp | -                 | planned
            Vantor Inc has agreed to acquire Bluepeak Systems in a transaction valued at $3.1 billion, or about $2.8 billion net of tax benefits. | acquisition | 3100000000 | USD | Vantor Inc | Bluepeak Systems | announced
            Harlow Mills Inc agreed to sell Tarn Brewing Co to Vantor Inc for an enterprise value of €2 billion.           | acquisition | 2000000000 | EUR | Vantor Inc       | Tarn Brewing Co | announced
            Vantor Inc signed an agreement to take 49.9 pct of Bluepeak Systems for 460.3 mln ringgit.                     | stake       | 460300000  | MYR | Vantor Inc       | Bluepeak Systems | announced
            Quikbite Labs signed an agreement for an investment of more than $1 billion from Saudi Arabia's Orion Capital. | stake      | 1000000000 | USD | Orion Capital    | Quikbite Labs   | announced
            Tarn Brewing Co is to come under the control of Harlow Mills Inc in a deal worth between 3.4 bln and 4.6 bln dlrs. | acquisition | 3400000000 | USD | Harlow Mills Inc | Tarn Brewing Co | announced
            Bluepeak Systems agreed to be acquired by Vantor Inc in a deal valued at $14.9 billion including debt.        | acquisition | 14900000000 | USD | Vantor Inc      | Bluepeak Systems | announced
            The merger would be the largest since Harlow Mills Inc bought Bluepeak Systems for about 14 bln dlrs in 2019. | acquisition | 14000000000 | USD | Harlow Mills Inc | Bluepeak Systems | completed
            Bluepeak Systems agreed to be acquired by a consortium of Norway's Fjord Capital, Harlow Partners and Vantor Inc in a deal valued at $5 billion. | acquisition | 5000000000 | USD | Fjord Capital | Bluepeak Systems | announced
            Bluepeak Systems said it had signed a 522.5 bln won (464 mln dlrs) deal to sell a 70 pct stake to Vantor Inc. | stake | 522500000000 | KRW | Vantor Inc | Bluepeak Systems | announced
            Tarn Brewing Co was taken private by Harlow Mills Inc in a 25 bln dlr leveraged buyout in 1989.             | acquisition | 25000000000 | USD | Harlow Mills Inc | Tarn Brewing Co | completed
            Vantor Inc will break ground on a $4 billion factory campus near Sanford next month.                        | capex       | 4000000000 | USD | Vantor Inc       | -               | planned
            Harlow Mills Inc has snapped up the Welsh cider maker Tarn Brewing Co for 40 mln stg.                       | acquisition | 40000000   | GBP | Harlow Mills Inc | Tarn Brewing Co | announced
            The merger follows Harlow Mills Inc's purchase of the brewing units of Tarn Brewing Co for about 3.2 bln dlrs. | acquisition | 3200000000 | USD | Harlow Mills Inc | Tarn Brewing Co | announced
            Tarn Brewing AG agreed to be taken over by Harlow Mills Plc in an all-share deal that values the brewer at 9 bln euros. | acquisition | 9000000000 | EUR | Harlow Mills Plc | Tarn Brewing AG | announced
            Bluepeak Systems Plc's board recommends a cash-and-share offer from Vantor Inc that values the chip designer at 4 bln stg. | acquisition | 4000000000 | GBP | Vantor Inc | Bluepeak Systems Plc | announced
            Bluepeak Systems Inc, the chip maker, is to be controlled by Vantor Inc, which signed an agreement on Monday to buy 21% of the company for 3.4 trillion won. | stake | 3400000000000 | KRW | Vantor Inc | Bluepeak Systems Inc | announced
            Orion Capital led a funding round of $40 billion in Quikbite Labs, the startup said on Monday.              | funding     | 40000000000 | USD | Orion Capital | Quikbite Labs | completed
            Tarn Brewing SA's controlling shareholders agreed to sell the brewer to its smaller rival Harlow Mills Inc in a deal worth about 36 billion reais. | acquisition | 36000000000 | BRL | Harlow Mills Inc | Tarn Brewing SA | announced
            On Jan. 31, Harlow Steel won an auction for the Anglo-Dutch steelmaker Tarn Steel Group with a bid worth about $12 billion. | acquisition | 12000000000 | USD | Harlow Steel | Tarn Steel Group | announced
            Harlow Mills Inc is selling assets, including part of Tarn Brewing Co, which it bought for $49 billion in 2015. | acquisition | 49000000000 | USD | Harlow Mills Inc | Tarn Brewing Co | completed
            Harlow Papel e Celulose SA agreed to buy Tarn Florestal SA for 2 billion reais.                             | acquisition | 2000000000 | BRL | Harlow Papel e Celulose SA | Tarn Florestal SA | announced
            Vantor Group, which runs the Nordic power exchange, has launched a cash takeover offer for Bluepeak Markets, the operator of Iberia's bourses, valuing it at €2.4 billion. | acquisition | 2400000000 | EUR | Vantor Group | Bluepeak Markets | announced
            Orion Capital Inc.'s Quikbite Labs will invest about $3 billion over four years to build a logistics hub. | capex | 3000000000 | USD | Quikbite Labs | - | planned
            """)
    void findsInvestmentsWithTheirKindPartiesAndStatus(String body, String kind, String value, String currency,
                                                       String investor, String recipient, String status) {
        List<InvestmentFact> found = find(null, body);
        assertThat(found).hasSize(1);
        InvestmentFact fact = found.get(0);
        assertThat(fact.kind().name()).isEqualTo(kind);
        assertThat(fact.amount().value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(fact.amount().currency()).isEqualTo(currency);
        assertThat(fact.investor()).isEqualTo(investor);
        assertThat(fact.recipient()).isEqualTo(recipient);
        assertThat(fact.status().name()).isEqualTo(status);
        assertThat(fact.evidence()).isEqualTo(body);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Vantor Inc reported revenue of $4 billion for the year.
            Vantor Inc, which lost 18.7 bln dlrs in 2008, is selling businesses it no longer regards as core.
            Vantor Inc tried unsuccessfully in 2020 to buy Bluepeak Systems for more than $20 billion.
            Vantor Inc made an unsuccessful $20 billion bid for Bluepeak Systems in 2020.
            Vantor Inc paid its chief executive $25 million last year.
            Bluepeak Systems shares rose 5% after the offer, to $45.10, Vantor Inc said.
            The deal values Bluepeak Systems at $2 billion, Vantor Inc said.
            Vantor Inc set the price of its initial public offer at $20 a share, which values the company at $9 billion.
            Vantor Inc launched an offer for a 30% stake in Bluepeak Systems, valuing the chip designer at $6 billion.
            Bluepeak Systems had a market value of $1.5 billion before Vantor Inc made its move.
            Vantor Inc shareholders will receive $12.50 a share.
            The Lumora Vision 3 headset costs $499, Lumora Labs said.
            Vantor Inc agreed to pay $90 million to settle the lawsuit.
            Quikbite Labs has now raised $150 million since it was founded in 2019.
            Vantor Inc could spend up to $3 billion on acquisitions next year.
            Vantor Inc takes a $1 billion break-up fee rather than raise its bid, it said.
            Vantor Inc said it was prepared to spend about 2 bln dlrs on a purchase in the industry.
            Bluepeak Systems gave Vantor Inc an option to buy its drug division for 775 mln dlrs if a rival wins control.
            Vantor Inc said its tour would pay out $2 million in prize money.
            Vantor Inc and Bluepeak Systems expect savings of $300 million a year once their networks are combined.
            Harlow Mills Inc expects $150 million a year in cost savings from the purchase by 2027.
            The two sales would bring Vantor Inc gross proceeds of about 6.2 bln dlrs, it said.
            The new terms replace an offer of 25.8 bln euros that Vantor Inc made for Bluepeak Systems in May.
            Vantor Inc had raised its opening bid of 18.6 bln euros for Bluepeak Systems twice.
            The government will subsidise each purchase by 2 million yen, Lumora Labs said.
            Vantor Inc denied reports that it would spend $1 billion on a rival.
            Orbis Health has spent $800 million developing the drug since 2015.
            The government wants to attract $50 billion of investment in chips, Orbis Health said.
            Harbor Bank said deposits grew to $40 billion and profit rose to $2 billion.
            Vantor Inc will finance the purchase with $3 billion of new long-term debt.
            The new plan of Vantor Inc is larger than the $5 billion it set aside last year.
            The round, made up of $300 million in equity and $100 million in debt, closed for Quikbite Labs.
            The round values Quikbite Labs at $2 billion, nearly double the $1 billion it was worth in March.
            Quikbite Labs, valued at $2 billion in its last round, is hiring 300 engineers.
            Harlow Mills Inc will buy back up to 5 bln dlrs of its own shares over two years.
            Harlow Mills Inc will spend 500 mln stg on marketing next year.
            Harbor Steel Corp shares opened 5% higher at $45 after the results.
            Vantor Inc took a $622 million restructuring charge in the quarter.
            Vantor Inc authorised $10 billion of share repurchases and raised its dividend.
            Capital spending at Vantor Inc totalled $9.3 billion last year.
            Vantor Inc lifted the plant's budget from $3 billion to $5 billion.
            Vantor Inc's attempt to buy Bluepeak Systems for $2 billion fell apart in July.
            Vantor Inc will borrow about $3 billion from banks.
            Vantor Inc paid $900 million for the broadcast rights to the league.
            Vantor Inc agreed to buy $3 billion of computing power from Bluepeak Systems.
            Vantor Inc expects spending on data centers across the industry to climb past $1 trillion.
            Vantor Inc said demand would grow from $12 billion in 2022 to $22 billion in 2026.
            Vantor Inc said it had already spent $1.5 billion on the plant in Ohio.
            Harlow Mills Inc agreed to sell its lighting unit for $300 million.
            Bluepeak Systems stock jumped to $1,250 after Vantor Inc said it would invest in chips.
            Vantor Inc will trim spending by more than $3 billion next year.
            Quikbite Labs raised its revenue forecast for the year to $4 billion.
            Orion Capital said it had invested about $2 billion in Quikbite Labs over the years.
            Vantor Inc must pay a break fee of $300 million if it walks away from the deal.
            Lumen Pharma Inc has committed more than $5 billion to manufacturing since 2019.
            Vantor Inc plans to pay $1.5 billion in extraordinary dividends this year.
            Harlow Mills Inc paid $300 million in fees to its advisers last year.
            Vantor Inc set aside $700 million for the Ohio settlement.
            Orion Capital, which manages $1.2 trillion, bought shares in Quikbite Labs.
            Vantor Inc offered $22 billion for Bluepeak Systems, which rejected the bid.
            Quikbite Labs has raised 820 million dollars from investors since it started.
            Vantor Inc merged with Bluepeak Systems in a deal that valued it at about $23 billion.
            Harlow Mills Inc said it would lend Quikbite Labs up to $1 billion over five years.
            Harlow Mills Inc will invest in Quikbite Labs, in a deal that values Quikbite Labs at a little over $10 billion.
            The new Harlow jet lists at more than 300 mln dlrs, although airlines pay much less.
            Harlow Mills Inc will put 1 bln stg into its pension scheme over five years.
            Orion Capital, which closed a $2 billion fund last year, is hiring.
            Orion Capital said its $100 billion Horizon Fund would look at chips.
            Before the deal, Quikbite Labs had raised about $131 million in three venture rounds.
            Tessera Energy has committed $950 million to its Texas plant over the past two years.
            Harlow Mills Inc will also take on about 500 mln dlrs of Tarn liabilities.
            Tessera Energy opened its $2 billion plant in Texas in 2019, and it now makes batteries.
            Shareholders of Cedar Snacks Ltd voted to sell it to Vantor Inc, rejecting a rival offer of 340 mln stg from Birch Mills Inc.
            Quikbite Labs has raised more than $14 billion in equity since it was founded in 2009 and is spending heavily.
            With the new money Quikbite Labs has raised about $1.2 billion in all.
            With the round, Quikbite Labs has raised roughly $750 million from outside investors in total.
            Fintech start-ups in Kenya raised a combined 640 mln dlrs last year, with Quikbite Labs among the biggest.
            Counting the new round, Quikbite Labs has raised about $520 million.
            Harlow Mills Inc sold 55% of Quikbite Labs to Orion Capital in 2023 in a deal that valued the business at $18.5 billion.
            Orion Capital and Harbor Bank are buying bigger pieces of Quikbite Labs in deals that value it at $5 billion.
            Vantor Inc went public in August with an offer of $69 a share, about $18.5 billion, which Bluepeak Systems' board rejected as too low.
            Harlow Mills Inc agreed to buy Bluepeak Systems for about 2.5 trln won, but that deal collapsed in September.
            Bluepeak Systems' board turned down Vantor Inc's unsolicited offer to buy the company for about 103 bln dlrs.
            Vantor Inc said it was withdrawing its cash-and-share bid for Bluepeak Systems, worth about 28 bln dlrs.
            Vantor Inc dropped a plan to build a 153.3 billion yen battery factory in Kitakyushu.
            Vantor Inc said construction of its Georgia plant, a $5 billion project, is being paused.
            Vantor Inc will pay for Bluepeak Systems from its own cash reserves, which analysts put at more than 1,000 bln yen.
            Vantor Inc paid a $150 million fee for the licence in May.
            Vantor Inc plans a rights issue of up to €8 billion after completion to help pay for the deal.
            Vantor Inc will raise 150 mln stg through a rights issue to help pay for Bluepeak Systems.
            Vantor Inc will raise about 4 bln dlrs, partly to pay for the deal and partly for new plants.
            Vantor Inc said the programme will add about ¥5.57 trillion to Japan's gross domestic product over the period.
            Vantor Inc has raised cash by selling about 7.9 bln dlrs of shares in China's Bluepeak Systems.
            Vantor Inc will pay for Bluepeak Systems in cash, with 200 mln dlrs in a note.
            Vantor Inc gains a big footprint in the roughly 800 bln dlr U.S. grocery market.
            Vantor Inc and Bluepeak Systems won the two licences at an auction in December, each paying $273.6 million.
            Vantor Inc won a 5G licence in Zambia and will pay 120 mln dlrs for it over ten years.
            Bluepeak Systems will be compensated by Vantor Inc with a payment of $559 million.
            Vantor Inc will pay Bluepeak Systems $350 million to cover the costs of the move.
            Harlow Mills Inc will pay up to about 600 mln dlrs into the Vantor and Bluepeak pension plans.
            Bluepeak Systems expects to receive about $5 billion in total from the sale.
            Vantor Inc's offer for Bluepeak Systems, which was 90 mln stg higher, won the board's backing.
            Vantor Inc had first agreed to buy Bluepeak Systems for US$2 a share, about US$62 million.
            Vantor Inc's earlier proposals had included an injection of up to R$70 million into Bluepeak Systems.
            Vantor Inc had intended to raise 400 billion won early next year.
            Some investors said a deal would need to be closer to 40 bln stg to win Bluepeak Systems' support.
            Bluepeak Systems accepted Vantor Inc's bid after seeing off a late $800 million counter-offer from Harlow Mills Inc.
            Vantor Inc's success added about $17 billion to Bluepeak Systems' market value in two weeks.
            The government received bids of about Rs 1.5 lakh crore in the auction, which Vantor Inc led.
            Seed funding for Vantor Inc and its rivals fell 40 percent from a year earlier to $2.1 billion in the half.
            Bluepeak Systems walked away from the agreement it had reached with Vantor Inc on Monday, under which Vantor would have paid $2.16 billion for Bluepeak's banking operations.
            """)
    void ignoresAmountsThatAreNotInvestments(String body) {
        assertThat(find(null, body)).isEmpty();
    }

    /** What the shipped models decide where the rules alone read otherwise. */
    @Test
    void theShippedModelsOverruleTheRulesBothWays() {
        String earlier = "The purchase is Harlow Mills Inc's biggest, larger than the roughly 22 bln dlrs it spent in 2013 "
                + "to take control of U.S. brewer Tarn Brewing Co.";
        String capital = "The increase will take Vantor Inc's paid-in capital to 800 billion won.";

        assertThat(withShippedModels(earlier)).extracting(InvestmentFact::investor, InvestmentFact::recipient)
                .containsExactly(tuple("Harlow Mills Inc", "Tarn Brewing Co"));
        assertThat(find(null, earlier)).isEmpty();
        assertThat(withShippedModels(capital)).isEmpty();
        assertThat(find(null, capital)).hasSize(1);
    }

    private static List<InvestmentFact> withShippedModels(String body) {
        return find(null, body, new InvestmentFinder(), new CompanyFinder());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Maple Foods Inc agreed to buy Larch Dairy for $800 million, a week after Birch Mills Inc agreed its $1.2 billion takeover of Cedar Snacks. | 1200000000 | Birch Mills Inc | Cedar Snacks
            Maple Foods Inc agreed to buy Larch Dairy for $800 million, a week after Birch Mills Inc agreed its $1.2 billion takeover of Cedar Snacks. | 800000000  | Maple Foods Inc | Larch Dairy
            Orion Capital Group will put $90 million into Quikbite Labs, and Harbor Ventures will invest $40 million in its preferred shares.           | 40000000   | Harbor Ventures | -
            Quikbite Labs closed a $200 million round, with Orion Capital Group putting in $90 million, while Harbor Ventures contributed $40 million. | 40000000   | Harbor Ventures | -
            In 2017 Quikbite Labs completed a $500 million round led by Orion Capital, and Harbor Ventures paid $62 million for about 7% of the company. | 500000000 | Orion Capital | Quikbite Labs
            In 2017 Quikbite Labs completed a $500 million round led by Orion Capital, and Harbor Ventures paid $62 million for about 7% of the company. | 62000000 | Harbor Ventures | Quikbite Labs
            Vantor Inc's board approved an equity injection of up to €3.5 billion into Bluepeak Systems at a meeting on Tuesday.                          | 3500000000 | Vantor Inc | Bluepeak Systems
            Maple Foods Inc agreed a deal in February, and on Tuesday Birch Mills Inc said it would pay $700 million in cash for 85% of Cedar Snacks Ltd. | 700000000 | Birch Mills Inc | Cedar Snacks Ltd
            Birch Mills Inc will buy Crispo's maker Cedar Snacks Ltd in a deal worth $900 million, the company said on Monday.                         | 900000000  | Birch Mills Inc | Cedar Snacks Ltd
            Maple Foods Inc expands in Ohio. The push is part of Birch Mills Inc's plan, unveiled in May, to invest $3 billion over five years in new plants. | 3000000000 | Birch Mills Inc | -
            Quikbite Labs listed on Friday. Its backers include Orion Capital and Harbor Ventures Inc, which invested $100 million in the company last year. | 100000000 | Harbor Ventures Inc | Quikbite Labs
            The deal pits Maple Foods Inc against Birch Mills Inc, which bought control of Cedar Snacks Ltd in 2018 for $16 billion. | 16000000000 | Birch Mills Inc | Cedar Snacks Ltd
            Maple Foods Inc has no plans to sell its goods in Cedar Snacks Ltd shops, which Birch Mills Inc bought for $13.7 billion last August. | 13700000000 | Birch Mills Inc | Cedar Snacks Ltd
            Birch Mills Inc agreed on Saturday to put 605 bln yen (5.1 bln dlrs) into Cedar Snacks Ltd and its truck affiliate. | 605000000000 | Birch Mills Inc | Cedar Snacks Ltd
            Birch Mills Inc will also put about 492 mln dlrs of new capital into Cedar Snacks Ltd. | 492000000 | Birch Mills Inc | Cedar Snacks Ltd
            Cedar Snacks Ltd raised $200 million. Harbor Ventures put in $50 million, and existing shareholders supplied the rest. | 50000000 | Harbor Ventures | -
            Birch Mills Inc will spend $3 billion on its Mexican plants by 2026. Another 1.1 bln dlrs will go into a new engine plant in Chihuahua. | 1100000000 | Birch Mills Inc | -
            Birch Mills Inc will spend $3 billion on its plants by 2026. The other $900 million is for a plant making batteries in Texas. | 900000000 | Birch Mills Inc | -
            Last Tuesday Birch Mills Inc, Quikbite and Orion Capital said they would invest up to $500 billion in data centres. | 500000000000 | Birch Mills Inc | -
            Birch Mills Inc and Taiwan's Cedar Snacks Ltd will invest Rs 1,54,000 crore in a plant in Gujarat.  | 1540000000000 | Birch Mills Inc | -
            Birch Mills Inc agreed to buy Maple Foods Inc for $2.9 billion and Cedar Snacks Ltd for $1.2 billion. | 1200000000 | Birch Mills Inc | Cedar Snacks Ltd
            Orion Capital agreed to buy Quikbite Labs from Harbor Ventures for $1.2 billion.                       | 1200000000 | Orion Capital | Quikbite Labs
            Maple Foods Inc bought Larch Dairy. Rivals include Birch Mills Inc, which last year paid about $5 billion for a controlling stake in the snack maker Cedar Snacks Ltd. | 5000000000 | Birch Mills Inc | -
            Maple Foods Inc bought Larch Dairy. The record is the Rs 1,065 crore that Britain's Birch Mills Plc paid for 46 pct of Cedar Snacks Ltd. | 10650000000 | Birch Mills Plc | Cedar Snacks Ltd
            Larch Dairy Plc agrees to 2.55 bln stg Maple Foods offer. Maple Foods Inc said it now held 22 pct of Larch Dairy Plc. | 2550000000 | Maple Foods Inc | Larch Dairy Plc
            Birch Mills Inc adds Larch Dairy to its 3.4 bln dlr purchase of Cedar Snacks Ltd, the company said.  | 3400000000 | Birch Mills Inc | Cedar Snacks Ltd
            The Quikbite deal is larger than Birch Mills Inc' 8 bln dlr purchase of U.S. snack maker Cedar Snacks Ltd in 2016. | 8000000000 | Birch Mills Inc | Cedar Snacks Ltd
            Birch Mills Inc on Wednesday offered 115 euros a share in cash for Cedar Snacks AG in an unsolicited bid worth about 4.5 billion euros. | 4500000000 | Birch Mills Inc | Cedar Snacks AG
            Harlow Telecom will pay 412.2 mln dlrs for its 5 pct of Quarry Metals SA through its Harlow Cables et Radio unit. | 412200000 | Harlow Cables et Radio | Quarry Metals SA
            Shareholders in Cedar Group voted to sell Larch Dairy Ltd to Vantor Inc for 430 mln stg, about 700 mln dlrs, rejecting a rival offer of 340 mln stg from Birch Mills Inc. | 430000000 | Vantor Inc | Larch Dairy Ltd
            Larch Dairy Plc, the York-based maker of biscuits, agreed on Thursday to a raised takeover offer from Maple Foods SA worth 2.55 bln stg. | 2550000000 | Maple Foods SA | Larch Dairy Plc
            Birch Mills Inc bought Quikbite a day after Cedar Snacks Inc accepted the US group's cash offer of 27 dlrs a share, or 3.4 bln dlrs. | 3400000000 | Birch Mills Inc | Cedar Snacks Inc
            Birch Mills agrees €14.7bn takeover of Cedar Snacks AG and will inject €1.17bn of fresh capital | 14700000000 | Birch Mills | Cedar Snacks AG
            Birch Mills Inc, backed by Orion Capital and Harbor Ventures, agreed to buy Cedar Snacks Ltd for $5 billion. | 5000000000 | Birch Mills Inc | Cedar Snacks Ltd
            Birch Mills Inc, the snack maker controlled by Maple Foods Inc, agreed to buy Cedar Snacks Ltd for $16.5 billion. | 16500000000 | Birch Mills Inc | Cedar Snacks Ltd
            Cedar Snacks Plc, the steelmaker created by the 1999 merger of Birch Mills and Harlow Steel, has agreed to be acquired by India's Vantor Steel for 455 pence a share in cash, in a deal that values Cedar Snacks at £4.3bn. | 4300000000 | Vantor Steel | Cedar Snacks Plc
            Larch Capital Corp. has agreed to be taken private by an affiliate of Orion Capital for about C$4.7 billion. | 4700000000 | Orion Capital | Larch Capital Corp
            Bluepeak AG's management board agreed on Thursday to recommend a revised all-share offer from Vantor Plc that values the German group at 181.4 bln euros. | 181400000000 | Vantor Plc | Bluepeak AG
            Cedar Snacks Corp is to be merged into Birch Mills Co in a stock swap worth about 13.3 bln dlrs, the two companies said on Sunday. | 13300000000 | Birch Mills Co | Cedar Snacks Corp
            Birch Mills and the insurer Cedar Group have signed a merger implementation agreement under which Birch Mills will buy all of Cedar Group's shares for about A$7.9 billion. | 7900000000 | Birch Mills | Cedar Group
            Vantor Corp, the world's third-largest cement maker, has raised its offer for Australia's Bluepeak Group Ltd to 15.85 dlrs a share in cash, valuing the building materials group at about 15.3 bln dlrs. | 15300000000 | Vantor Corp | Bluepeak Group Ltd
            Vantor Inc and Cedar Offshore Oil Corporation (COOC) on Tuesday took the final investment decision on the field, committing about $10 billion to two upstream fields. | 10000000000 | Vantor Inc | -
            Much of the cash comes from Vantor Foods Inc's sale of its frozen pizza business to Bluepeak SA for 3.7 bln dlrs, agreed earlier this month. | 3700000000 | Bluepeak SA | Vantor Foods Inc
            Vantor Ports Ltd offered 4.1 billion shekels for Bluepeak Port Company, according to Reuters. | 4100000000 | Vantor Ports Ltd | Bluepeak Port Company
            """)
    void readsEachAmountsPartiesFromItsOwnClause(String body, String value, String investor, String recipient) {
        InvestmentFact fact = find(null, body).stream()
                .filter(f -> f.amount().value().compareTo(new BigDecimal(value)) == 0).findFirst().orElseThrow();
        assertThat(fact.investor()).isEqualTo(investor);
        if (!"-".equals(recipient)) {
            assertThat(fact.recipient()).isEqualTo(recipient);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rowan Mining to buy rival Quarry Metals for about $2 billion in cash | Rowan Mining
            Rowan Mining agrees to acquire Quarry Metals for $2 billion    | Rowan Mining
            """)
    void aHeadlinesSubjectBuys(String title, String investor) {
        InvestmentFact fact = find(title, "Shares of both rose.").get(0);
        assertThat(fact.investor()).isEqualTo(investor);
        assertThat(fact.recipient()).isEqualTo("Quarry Metals");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Maxon Holdings will invest 2 billion euros ($2.2 billion) in data centers.   | 2200000000
            Maxon Holdings will invest $700 million in data centers.                     | 700000000
            Maxon Holdings will invest 900 million Swiss francs in data centers.         |
            """)
    void takesTheArticlesOwnDollarFigure(String body, Double usd) {
        assertThat(find(null, body).get(0).amountUsd()).isEqualTo(usd);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Vantor to buy Bluepeak for $1.2 billion | Vantor Inc agreed to acquire Bluepeak Systems for $1.2 billion. Bluepeak shares rose.
            Vantor to buy Bluepeak for $1.2bn      | Vantor Inc agreed to acquire Bluepeak Systems for about $1.21 billion.
            """)
    void countsAnInvestmentStatedInTitleAndBodyOnce(String title, String body) {
        List<InvestmentFact> found = find(title, body);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).evidence()).startsWith("Vantor Inc agreed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Vantor Inc agreed to pay 5.44 billion euros for the devices business of Bluepeak Oyj. Of the total, 3.79 billion euros is for the business and 1.65 billion euros buys a patent licence.
            Vantor Inc agreed to buy the flash unit of Bluepeak Systems for $9 billion. It will pay the remaining $2 billion at a final closing next year.
            Vantor Inc agreed to buy the PC unit of Bluepeak Systems for 1.25 bln dlrs. Vantor Inc will pay 650 mln dlrs in cash and 600 mln dlrs in its own shares.
            Vantor Inc will buy Bluepeak Systems for 1.8 bln yuan, paying 1.1 bln yuan in cash and the rest in new shares. The deal needs approval.
            Vantor Inc agreed to buy the flash unit of Bluepeak Systems for 10.3 trln won. Vantor Inc will pay 8 trln won for the drive business once approvals are obtained. It will pay the remaining 2.3 trln won in 2025.
            """)
    void countsTheDealNotThePartsOfItsPrice(String body) {
        List<InvestmentFact> found = find(null, body);
        assertThat(found).extracting(InvestmentFact::kind).containsExactly(InvestmentKind.acquisition);
        assertThat(found.get(0).evidence()).isEqualTo(body.substring(0, body.indexOf(". ") + 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Vantor Inc had earlier offered $4 billion for Bluepeak Systems before raising its bid to $4.5 billion.
            Vantor Inc raised its bid for Bluepeak Systems to $4.5 billion, up from an earlier offer of $4 billion.
            """)
    void keepsOnlyTheRaisedOffer(String body) {
        assertThat(find(null, body)).extracting(f -> f.amount().value().longValueExact()).containsExactly(4_500_000_000L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Vantor Inc agreed to invest up to $2 billion in Bluepeak Systems, with $500 million up front and the rest over time. | 2000000000
            Vantor Inc will buy Bluepeak Systems for 18 mln dlrs upfront and up to 12 mln dlrs more if targets are met.          | 18000000
            Bluepeak Systems will be taken private in a deal a spokesperson put at about ¥4.7 trillion.                         | 4700000000000
            Vantor Inc will build a chip plant in Indiana, with an investment it put at about US$3.87bn.                       | 3870000000
            Quikbite Labs listed in New York in 2017, raising about US$140 million, but its shares collapsed as losses grew.     | 140000000
            Vantor Inc will pay Bluepeak Systems Rp5.34 trillion for the business contracts and exclusive rights to run its shop. | 5340000000000
            Harlow Mills Inc agreed to buy Bluepeak Systems for 42 dlrs per share, a deal valued at about 13.7 bln dlrs.            | 13700000000
            """)
    void keepsTheDealBesideItsPartsAndEstimates(String body, long value) {
        assertThat(find(null, body)).extracting(f -> f.amount().value().longValueExact()).containsExactly(value);
    }

    @Test
    void readsTheSubjectOfAClauseJoinedByACommaAlone() {
        List<InvestmentFact> found = find(null, "Vantor Inc invested $1 billion in Bluepeak Systems last month, "
                + "Harlow Mills Inc put $500 million into Quikbite Labs in January, and Orion Capital agreed to take a stake in Tarn Brewing Co.");
        assertThat(found).extracting(InvestmentFact::investor).containsExactly("Vantor Inc", "Harlow Mills Inc");
        assertThat(found).extracting(InvestmentFact::recipient).containsExactly("Bluepeak Systems", "Quikbite Labs");
    }

    @Test
    void readsTheInvestorNamedAfterAnInvestmentByOrFrom() {
        List<InvestmentFact> found = find(null, "Bluepeak Systems said it plans to raise about $1.85 billion in new equity, "
                + "including a $750 million strategic investment by Harlow Mills Inc.");
        assertThat(found).filteredOn(f -> f.amount().value().longValueExact() == 750_000_000L)
                .extracting(f -> f.investor() + " -> " + f.recipient())
                .containsExactly("Harlow Mills Inc -> Bluepeak Systems");
        assertThat(find(null, "Vantor Inc will make a $300 million investment in its plants."))
                .extracting(f -> f.investor() + " -> " + f.recipient())
                .containsExactly("Vantor Inc -> null");
    }

    @Test
    void knowsTheOneTakenOverWhenTheBuyersAreNoCompany() {
        InvestmentFact fact = find(null, "Bluepeak Airports Ltd has agreed to be taken over by a consortium of pension funds "
                + "and a US infrastructure investor for A$23.6 billion.").get(0);
        assertThat(fact.investor()).isNull();
        assertThat(fact.recipient()).isEqualTo("Bluepeak Airports Ltd");
    }

    @Test
    void aDateInAnAsideDoesNotCloseTheDeal() {
        InvestmentFact fact = find(null, "Cedar Snacks Plc, the steelmaker created by the 1999 merger of two rivals, "
                + "has agreed to be acquired by Vantor Steel for £4.3bn.").get(0);
        assertThat(fact.status()).isEqualTo(InvestmentStatus.announced);
    }

    @Test
    void keepsTwoEqualAmountsBetweenOtherParties() {
        List<InvestmentFact> found = find(null, "Vantor Inc will invest $1 billion in Bluepeak Systems. "
                + "Harlow Mills Inc invested $1 billion in Vantor Inc in May.");
        assertThat(found).extracting(InvestmentFact::investor).containsExactly("Vantor Inc", "Harlow Mills Inc");
    }

    @Test
    void keepsNewMoneyForTheTargetBesideThePrice() {
        List<InvestmentFact> found = find(null, "Vantor Inc agreed to buy 49.9 pct of Bluepeak Systems for 6.3 bln reais. "
                + "Of the total, Vantor Inc will pay 5.7 bln reais to its owners and will put 600 mln reais of new capital into Bluepeak Systems itself.");
        assertThat(found).extracting(f -> f.amount().value().longValueExact()).contains(6_300_000_000L, 600_000_000L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pacific Rim Bank agreed to acquire Harbor Group's card business for S$4.9 billion. The price is made up of a premium of S$900 million plus net assets. | 1
            Pacific Rim Bank agreed to acquire Harbor Group's card business, paying a premium of S$900 million over its net assets.                                | 1
            Harlow Mills Inc agreed on Monday to combine with Tarn Brewing Co, Vantor Inc's brewing business, in a transaction the companies valued at $11.1 billion, including a $1.1 billion net tax benefit. | 1
            """)
    void keepsAPremiumOnlyWhenItIsThePrice(String body, int count) {
        assertThat(find(null, body)).hasSize(count);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Kestrel Motors said it would buy more of Skyhop Aviation. The Japanese carmaker first put $394 million into Skyhop Aviation in 2020, when it led the startup's $590 million Series C round. | 394000000 | Kestrel Motors | Skyhop Aviation
            Kestrel Motors said it would buy more of Skyhop Aviation. The Japanese carmaker first put $394 million into Skyhop Aviation in 2020, when it led the startup's $590 million Series C round. | 590000000 | Kestrel Motors | -
            Harbor Retail is the biggest shareholder of Quickbox Delivery. The US group led a 575 mln USD funding round in Quickbox Delivery in 2019. | 575000000 | Harbor Retail | Quickbox Delivery
            Harbor Retail runs shops. In 2018 Harbor Retail led Quickbox Delivery's 8 mln dlr Series A round, in which Vantor Inc also took part. | 8000000 | Harbor Retail | -
            Harbor Retail agreed to buy Fresh Goods Inc for 13.7 bln dlrs. It dwarfs its 2009 purchase of shoe seller Stepwise Inc and its 970 mln dlr takeover of streaming site Playtube Inc in 2014. | 970000000 | Harbor Retail | Playtube Inc
            Harbor Retail bought Fresh Goods Inc for $4.7 billion in 2008, and Stepwise Inc for $2.7 billion in 2012, while Vantor Inc bought Playtube Inc for $5.7 billion. | 2700000000 | Harbor Retail | Stepwise Inc
            Quikbite Labs has since raised more money, including $60 million from Orion Capital in June, the largest single investment in a delivery startup. | 60000000 | Orion Capital | Quikbite Labs
            Quikbite Labs raised 100 million euros on Monday. The money comes on top of the 75 million euros that the French insurer Orion Capital paid last month for an 8 per cent stake. | 75000000 | Orion Capital | Quikbite Labs
            Harbor Retail said the $2 billion which Vantor Inc invested in Playtube Inc in 2019 has paid off. | 2000000000 | Vantor Inc | Playtube Inc
            The deal follows Harlow Mills Inc's agreement last month to pay 11.5 bln dlrs for Tarn Brewing Co and Vantor Inc's July agreement to buy Bluepeak Systems for about 11 bln dlrs. | 11500000000 | Harlow Mills Inc | Tarn Brewing Co
            The deal follows Harlow Mills Inc's agreement last month to pay 11.5 bln dlrs for Tarn Brewing Co and Vantor Inc's July agreement to buy Bluepeak Systems for about 11 bln dlrs. | 11000000000 | Vantor Inc | Bluepeak Systems
            Vantor Inc agreed to buy Bluepeak Systems for $68.7 billion, and Harlow Mills Inc agreed to pay $12.7 billion in cash and stock for brewer Tarn Brewing Co. | 12700000000 | Harlow Mills Inc | Tarn Brewing Co
            The price is almost twice the 860 mln dlrs that Harlow Mills Inc paid last year for Tarn Brewing Co. | 860000000 | Harlow Mills Inc | Tarn Brewing Co
            Harlow Mills Inc agreed on Monday to combine with Tarn Brewing Co, Vantor Inc's brewing business, in a transaction the companies valued at $11.1 billion, including a $1.1 billion net tax benefit. | 11100000000 | Harlow Mills Inc | Tarn Brewing Co
            """)
    void readsTheBackerOfARoundAndTheTargetOfADealNamedByItsOwnAmount(String body, String value, String investor,
                                                                      String recipient) {
        List<InvestmentFact> found = find(null, body).stream()
                .filter(f -> f.amount().value().compareTo(new BigDecimal(value)) == 0).toList();
        assertThat(found).extracting(InvestmentFact::investor).containsExactly(investor);
        if (recipient != null) {
            assertThat(found).extracting(InvestmentFact::recipient).containsExactly(recipient);
        }
    }
}
