package io.marketwatch.extract.company;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.extract.CompanyFact;
import io.marketwatch.extract.Texts;
import io.marketwatch.extract.phrase.Chunk;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.kb.KnowledgeBase;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyFinderTest {

    /** The rules alone: how the shipped model overrules them is CompanyJudgeTest's, and the blind splits'. */
    private final CompanyFinder finder = new CompanyFinder(KnowledgeBase.shipped(), CompanyJudge.rulesOnly());

    private Companies find(String body) {
        return find(finder, body);
    }

    private static Companies find(CompanyFinder finder, String body) {
        return finder.find(Texts.parse(null, body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Norwind Technologies said on Monday it would cut 300 jobs.                                  | Norwind Technologies
            Food delivery startup Quikbite opened in Lyon, and Quikbite plans more cities.              | Quikbite
            Vantor Inc has agreed to acquire Bluepeak, a Denver-based software developer.               | Vantor Inc;Bluepeak
            Zentrix’s chief executive said the chipmaker would double output.                           | Zentrix
            Under the plan, Orbis Health will hire 200 nurses in Ohio.                                  | Orbis Health
            The phone maker buys its modems from Qorvane and Lintel.                                    | Qorvane;Lintel
            Chinese rivals such as Hexa and Morvane are cutting prices, rivals including Tarsus too.    | Hexa;Morvane;Tarsus
            Kestrel Airlines bought a 10% stake in Skyward Aviation last year.                          | Kestrel Airlines;Skyward Aviation
            Maxon Holdings will make the offer through Maxon Asia Pacific, a wholly owned subsidiary.   | Maxon Holdings;Maxon Asia Pacific
            Quikbite employs 300 people, and Lumora launched the Lumora Vision 3 on Tuesday.            | Quikbite;Lumora
            Rivals Hexon Semiconductor Co. and Brightwave are building new plants in Texas.             | Hexon Semiconductor Co;Brightwave
            The round drew Nvidia, Orion Capital and Sandhill.                                          | Nvidia;Orion Capital;Sandhill
            The company bought AI startup Mosaix for $1.3 billion last year, Vantor Inc said.           | Mosaix;Vantor Inc
            Konkurrenten Norvik meddelade att bolaget köper Strandberg för 2,3 miljarder kronor.        | Norvik;Strandberg
            Sun Lumera Financial Inc said on Monday it would cut 300 jobs.                              | Sun Lumera Financial Inc
            The chip that Qorvane launched last year sold out within a week.                            | Qorvane
            Amazon, which reports on Thursday, guided to $75 billion of capital spending.               | Amazon
            Orange and Vodafone have cleared the last hurdles to combine their Spanish operations.      | Orange;Vodafone
            Its sister company bought Anglo-Dutch steelmaker Corus Steel last year.                     | Corus Steel
            Apple's new phone sells well, and Target's stores stock it.                                 | Apple;Target
            The venture that Microsoft, SoftBank and Oracle unveiled in January will build data centres. | Microsoft;SoftBank;Oracle
            Goldman Sachs analysts liked the plan, and Goldman Sachs agreed to buy Orbion Labs.          | Goldman Sachs;Orbion Labs
            Norvik Retail will buy Arun Mehrotra's Saffron Group for $2 billion.                         | Norvik Retail;Saffron Group
            Kofi Mensah, who ran Star Telecom, will be chairman. Mensah said the deal was good.           | Star Telecom
            Akio Tanabe, Tarsus Motor's chairman, will lead it. Tanabe said so.                          | Tarsus Motor
            Kofi Adjei, director-general of the privatisation bureau, signed for Star Telecom. Adjei said so. | Star Telecom
            It will be run by Ruth Okafor, now senior managing director at Star Telecom. Okafor said so.  | Star Telecom
            Chief executive Le Thi Thu Hoa said Star Telecom would list in May. Hoa said so.              | Star Telecom
            Rotating chairman Kofi Adjei said Star Telecom would list in May. Adjei said so.             | Star Telecom
            Managing director Ruth Okafor said Star Telecom would list in May. Okafor said so.            | Star Telecom
            Kestrel Airlines paid 860 mln dlrs for Republic Lumora Airways last year.                    | Kestrel Airlines;Republic Lumora Airways
            Tarsus Motor sold its stake to Kingdom Lumora Co in 2015.                                    | Tarsus Motor;Kingdom Lumora Co
            Tarsus Air said its low-cost units Skylark Air and Coastal Air come with the deal.           | Tarsus Air;Skylark Air;Coastal Air
            Norvik Retail agreed to sell its tower companies in Malawi to Helix Towers for $108 million. | Norvik Retail;Helix Towers
            The fund owns Brightwave, which Vantor Inc later took over.                                  | Brightwave;Vantor Inc
            A day later, Dubai-based Harith Al Mansour, which won the second licence, said it would hire.  | Harith Al Mansour
            Kestrel of America Inc and Harlow and Co Inc said they would bid.                            | Kestrel of America Inc;Harlow and Co Inc
            The Harbor Partnership for Kenya will build the network.                                     | Harbor Partnership for Kenya
            Empresa Nortenha de Aeronautica SA delivered its first jet to Banco do Sul SA.                | Empresa Nortenha de Aeronautica SA;Banco do Sul SA
            Orbit Space and Communications Ltd and Goodrow Tire and Rubber Co said they would merge.      | Orbit Space and Communications Ltd;Goodrow Tire and Rubber Co
            Vantor Energy and Power Co, Quikbite and Delta Electric Corp said they would bid.            | Vantor Energy and Power Co;Quikbite;Delta Electric Corp
            Tarsus Motor Group will invest at home. Abroad, the group is building a plant in Georgia.     | Tarsus Motor Group
            Kestrel Motors sells the Dune; imported sedans such as the Larch Alto, Birch Vela and Cedar Ryo cost more. | Kestrel Motors
            Tarsus Motor last year won a fight for Edwin Harlow and Sons Plc, a maker of whisky.          | Tarsus Motor;Edwin Harlow and Sons Plc
            Norvik Retail holds 20 million series B shares and some class E stock of Vantor Inc.          | Norvik Retail;Vantor Inc
            Vantor Inc said sales of its Lumora phones rose, and Lumoras now sell in Peru.               | Vantor Inc
            Tarsus Motor is run by Park Ji-hoon, younger brother of the founder, Park Min-soo.             | Tarsus Motor
            Secretary of State Dana Whitfield said Norvik Retail was a risk.                              | Norvik Retail
            Vantor Inc sent the chips to X and Norvik Retail instead.                                    | Vantor Inc;X;Norvik Retail
            Gulf Oil Corp put itself up for sale, and Vantor Inc agreed to buy Gulf.                     | Gulf Oil Corp;Vantor Inc
            Star Telecom chairman Rashid Ahmed bin Qasami said the price was fair. Qasami left early.     | Star Telecom
            Chief executive Pieter van der Kolk said Vantor Inc would grow. Van der Kolk said so.          | Vantor Inc
            Vantor Inc, controlled by the Halloran family, will list. The Halloran family sold shares.    | Vantor Inc
            Vantor Inc opened with group executive chair Minseo Kwon. Kwon said the group would hire.      | Vantor Inc
            The plant was opened by Dario Ferrante, Lumora Systems' president. Ferrante said so.          | Lumora Systems
            Norvik Retail backed Halloran Group, a venture with the Halloran family's holding company.   | Norvik Retail;Halloran Group
            Vantor Inc sells the Lumora X3 family of phones, and Lumora X3 buyers like Vantor Inc.        | Vantor Inc
            Vantor Inc is run by Dana Whitfield Jr. A group led by Whitfield owns 13 pct of Quikbite Inc. | Vantor Inc;Quikbite Inc
            Brokers said Vantor Inc shares rose. Dealers said the advisers were busy.                    | Vantor Inc
            Quikbits Inc said it would bid for Vantor Inc. Quikbits said the offer was fair.             | Quikbits Inc;Vantor Inc
            Abbott Laboratories completed its purchase of St. Jude Medical in January.                    | Abbott Laboratories;St. Jude Medical
            Vantor Inc of Beaverton, Ore, and Quikbite Inc of Springfield, Ill. said they would merge.    | Vantor Inc;Quikbite Inc
            Vantor Inc bought a stake in Quikbite, Malaysia's largest carmaker.                           | Vantor Inc;Quikbite
            Vantor Inc agreed to buy King Pharmaceuticals, and Premier Automobiles Ltd sold its plant.      | Vantor Inc;King Pharmaceuticals;Premier Automobiles Ltd
            Harlow's Group Ltd agreed to the offer, and Quikbite's Corp said it would bid.                  | Harlow's Group Ltd;Quikbite's Corp
            Britain's Vantor Group Plc bought Bluepeak, and Norwind's Tala Group Co raised money.          | Vantor Group Plc;Bluepeak;Tala Group Co
            Microsoft, Vantor's largest investor, has put money into the company.                         | Microsoft;Vantor
            Quikbite went on to buy Bluepeak.                                                              | Quikbite;Bluepeak
            """)
    void findsCompanies(String body, String expected) {
        assertThat(find(body).facts()).extracting(CompanyFact::name).containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chief executive Dana Whitfield said sales rose. Whitfield said the outlook was strong.
            Harlow University and the Ministry of Trade welcomed the plan, the regulator Ofcomm said.
            The Daily Courier reported that prices rose, according to Reuters.
            Analysts at Northgate Research said the figures were in line with expectations.
            The Norwegian National Bank held rates, the central bank said.
            Shares rose in Frankfurt and London after officials in Germany said demand recovered.
            The Lumora Vision 3 headset costs $499, and the Kaltri X5 sells for $299.
            The game comes from the maker of Starfall Legends, which sold five million copies.
            Shares rose after the deal was approved, the Federal Trade Commission said.
            Chief executive Olugbenga "GB" Adeyemi said the money would go into hiring. Adeyemi added that more would come.
            The shop is run by its co-founders, Mudassir Khan, Magnus Berg and Ali Noor. Khan said sales were good.
            The buyer will own 30% of the Kalder block and of the Tenna oil field, and the Ruda coal mines.
            A Ministry of Health, Labour and Welfare panel agreed to the plan on Monday.
            Growth in Telangana and Gujarat was strong, and sales in Bavaria rose.
            Wedbush Securities said the game needed above all to be great.
            Jefferies cut its forecast for the drug's peak annual sales to 7 bln dlrs.
            Deutsche Bank raised its price target on the stock to 335 dollars.
            Training needs ever-larger clusters of GPUs, and demand for EVs is slowing.
            Shell companies were used to move the money, prosecutors said.
            West Germany and the Soviet Union signed a trade pact with Yugoslavia, and Zaire watched.
            E-books are popular in the U.S. market, and sales rose in Eindhoven and Hanover.
            The firm was started in 2002 by Mike Cannon-Brookes and Scott Farquhar with a credit card.
            Growth slowed, said Patrice Motsepe, who bought the rest of the bank last year.
            The US Food and Drug Administration approved the drug on Friday.
            The fashion group, controlled by Bernard Arnault, kept its offer. Arnault said it was final.
            Travellers will use the King Salman International Airport, and President Joe Biden visited.
            Irish property entrepreneur Fionn Garvey invested as an individual.
            The final novel goes on sale on July 2, Tamsin Orrell and her publishers announced. Orrell said it was her best.
            """)
    void findsNoCompany(String body) {
        assertThat(find(body).facts()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Daily Courier reported that prices rose, according to Reuters.                 | Daily Courier;Reuters
            Analysts at Northgate Research said the figures were in line with expectations.    | Northgate Research
            Quikbite said so, Bloomberg News says.                                               | Bloomberg News
            Norvik investerar i en ny fabrik, skriver SeekingAlpha.                              | SeekingAlpha
            """)
    void listsCitedOutletsAsSources(String body, String expected) {
        assertThat(find(body).sources()).containsExactlyInAnyOrder(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kestrel Partners upgraded the stock to buy after Quikbite said sales rose.                   | Kestrel Partners
            Harlow Securities cut its price target on Quikbite to $40 after the results.                 | Harlow Securities
            Brantwood Capital told clients that Quikbite's quarter was better than feared.               | Brantwood Capital
            Brantwood Capital said in a note that Quikbite's quarter was better than feared.             | Brantwood Capital
            Quikbite earned $1.67 a share, beating the consensus compiled by Tallis Data.                | Tallis Data
            Quikbite's advisers will earn $80 million, according to estimates from Merrow & Co.           | Merrow & Co
            Quikbite's advisers will earn $80 million, on estimates from Merrow & Co.                     | Merrow & Co
            """)
    void aBrokerRatingAStockOrWritingToItsClientsIsASource(String body, String source) {
        Companies companies = find(body);

        assertThat(companies.facts()).extracting(CompanyFact::name).doesNotContain(source);
        assertThat(companies.sources()).contains(source);
    }

    /** Names the rules give no kind, which the shipped model makes companies of. */
    @Test
    void theShippedModelAdmitsACompanyTheRulesLeaveOpen() {
        String body = "Carlsberg A/S and Vantor NV split up Quikbite.";

        assertThat(find(body).facts()).extracting(CompanyFact::name).containsExactly("Carlsberg A/S", "Vantor NV");
        assertThat(find(new CompanyFinder(), body).facts()).extracting(CompanyFact::name)
                .containsExactly("Carlsberg A/S", "Vantor NV", "Quikbite");
    }

    @Test
    void aCompanyRaisingItsOwnForecastIsNoBroker() {
        assertThat(find("Quikbite raised its revenue forecast for the year after a strong quarter.").facts())
                .extracting(CompanyFact::name).containsExactly("Quikbite");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Copperleaf Group said it would grow. Copperleaf’s shares rose 5%.                       | Copperleaf Group  | Copperleaf   | 2
            Pacific Rim Bank (PRB) said it would cut fees. PRB said later it was sure.              | Pacific Rim Bank  | PRB          | 3
            The Walt Jensen Company said sales rose. Jensen also said it would hire.                | Walt Jensen Company | Jensen     | 2
            Citigroup said it would sell the unit. Citi employees were told on Friday.              | Citigroup         | Citi         | 2
            Hang Lee Bank said it would expand. Hang Lee shares jumped.                             | Hang Lee Bank     | Hang Lee     | 2
            Activision Blizzard said sales rose. Activision shares jumped 5%.                       | Activision Blizzard | Activision | 2
            Vantor.com Inc said it would hire. Vantor shares rose.                                  | Vantor.com Inc    | Vantor       | 2
            Moon Pharmaceutical Industries Ltd will buy Taro. Moon Pharma shares rose 3%.           | Moon Pharmaceutical Industries Ltd | Moon Pharma | 2
            Harlow Lilly and Co said sales rose. Harlow Lilly shares jumped.                        | Harlow Lilly and Co | Harlow Lilly | 2
            Grand Metropole Plc said it would bid for a baker. Grand Met raised its offer twice.     | Grand Metropole Plc | Grand Met | 2
            Groupe Tenaz said it would build a plant. Tenaz shares rose 2%.                         | Groupe Tenaz      | Tenaz        | 2
            Vantor Industrie said it would hire. Vantor shares rose.                                | Vantor Industrie  | Vantor       | 2
            Hollis-Pardoe Co said it would buy Vantor Inc. HP said the deal would close in June.     | Hollis-Pardoe Co  | HP           | 2
            Northern Avalon Bank Ltd sold its life unit. NAB said the sale was complete.             | Northern Avalon Bank Ltd | NAB   | 2
            """)
    void namesACompanyByItsFullestFormWithItsOtherFormsAsAliases(String body, String name, String alias, int mentions) {
        CompanyFact fact = find(body).facts().get(0);
        assertThat(fact.name()).isEqualTo(name);
        assertThat(fact.aliases()).containsExactly(alias);
        assertThat(fact.mentions()).isEqualTo(mentions);
    }

    @Test
    void countsOnlyKnownNamesInATitleCaseHeadline() {
        Companies companies = finder.find(Texts.parse("Vantor To Buy Bluepeak For $1 Billion In Cash",
                "Vantor Inc agreed to buy Bluepeak Systems for $1 billion. Bluepeak Systems said it welcomed the offer."));
        assertThat(companies.facts()).extracting(CompanyFact::name).containsExactly("Vantor Inc", "Bluepeak Systems");
        assertThat(companies.facts()).extracting(CompanyFact::mentions).containsExactly(2, 3);
    }

    @Test
    void aSurnameNamingSomethingBeforeAPersonKnownByHisGivenNameIsNoPerson() {
        // "Richard Feynman" is a person by his given name alone; "Feynman" before him names a chip
        List<ParsedSentence> sentences = Texts.parse(null,
                "Kestrel Chips named its next processor Feynman, after the physicist Richard Feynman.");
        Companies companies = finder.find(sentences);
        Chunk feynman = sentences.get(0).chunks().stream().filter(c -> c.text().equals("Feynman")).findFirst().orElseThrow();
        assertThat(companies.kindOf(feynman)).isNotEqualTo(NameKind.PERSON);
    }

    @Test
    void anAcronymBesideANameItOpensIsNotJoinedToAnotherByItsInitials() {
        Companies found = find("Hollis Electric Co sold Hollis Electric Appliances to Vantor Inc in 2016. "
                + "HE Appliances makes fridges under its HE and HE Profile brands.");

        assertThat(found.facts()).extracting(CompanyFact::name).doesNotContain("HE");
        assertThat(found.facts()).filteredOn(f -> f.name().equals("Hollis Electric Co"))
                .allSatisfy(f -> assertThat(f.aliases()).doesNotContain("HE"));
    }

    @Test
    void aPlaceAloneDoesNotShortenTheNameThatStartsWithIt() {
        Companies companies = find("Kenya Airways began flights to New York on Sunday. Fares start at 66,560 Kenya "
                + "shillings. Kenya becomes the eighth African country with such flights.");
        assertThat(companies.facts()).extracting(CompanyFact::name).containsExactly("Kenya Airways");
    }

    @Test
    void aOneWordNameJoinsTheFirstNamedOfTheCompaniesStartingWithIt() {
        Companies companies = find("Copperleaf Softworks said on Thursday it had delayed Farm Quest. The game comes from "
                + "Copperleaf Game Studios, its studio in Texas. Copperleaf said the delay would help.");
        assertThat(companies.canonical("Copperleaf")).contains("Copperleaf Softworks");
        assertThat(companies.facts()).extracting(CompanyFact::name)
                .containsExactly("Copperleaf Softworks", "Copperleaf Game Studios");
    }

    @Test
    void theNameACompanyIsKnownAsIsOneOfItsNames() {
        Companies companies = find("Perusahaan Otomobil Nasional Bhd, the national car maker known as Proton, launched "
                + "the Wira on Friday. Proton said a hatchback would follow.");
        assertThat(companies.canonical("Proton")).contains("Perusahaan Otomobil Nasional Bhd");
        assertThat(companies.facts()).extracting(CompanyFact::name).containsExactly("Perusahaan Otomobil Nasional Bhd");
    }

    @Test
    void resolvesAnyFormToTheCanonicalName() {
        Companies companies = find("Copperleaf Group said it would grow. Copperleaf’s shares rose 5%.");
        assertThat(companies.canonical("Copperleaf")).contains("Copperleaf Group");
        assertThat(companies.canonical("Bluepeak")).isEmpty();
    }

    @Test
    void pointsBackReferencesToTheCompanyInFocus() {
        List<String> sentences = Arrays.asList("Among the winners is Kestrel Airlines.",
                "The carrier said it would add routes.");
        Companies companies = find(String.join(" ", sentences));
        assertThat(companies.focus(1)).isEqualTo("Kestrel Airlines");
        assertThat(companies.mentionsIn(0)).extracting(CompanyMention::company).containsExactly("Kestrel Airlines");
    }

    @Test
    void aCompanyWhoseNameOpensAProductsNameIsItsMaker() {
        Companies companies = find("Disney and Netflix said on Monday that prices would rise.");
        assertThat(companies.namedInProduct("Disney+")).contains("Disney");
        assertThat(companies.namedInProduct("Netflix Basic")).contains("Netflix");
        assertThat(companies.namedInProduct("Disneyland Paris")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Buyers in Ohio found that the phone runs Norvik Mobile's own Tarsil.                | Tarsil
            Kestrel Chips Inc's fastest Orvon runs at 1.2 GHz, ahead of Harlow Corp's parts.    | Orvon
            Quikbite Labs said its new Bravix would reach shops in Ohio in May.                 | Bravix
            """)
    void aNameAfterItsOwnersOwnOrNewIsAProduct(String body, String product) {
        assertThat(find(body).facts()).extracting(CompanyFact::name).doesNotContain(product);
    }

    @Test
    void aPlacesOwnCompanyIsStillACompany() {
        assertThat(find("India's own Tarsil Mobile said on Monday it would hire 500 engineers in Pune.").facts())
                .extracting(CompanyFact::name).contains("Tarsil Mobile");
    }
}
