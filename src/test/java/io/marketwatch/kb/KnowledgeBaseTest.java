package io.marketwatch.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    private final KnowledgeBase base = KnowledgeBase.shipped();

    @Test
    void theShippedBaseLoadsWithinASecondAndAFewMegabytes() throws IOException {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        List<KnownEntity> entities = ShippedEntities.read(KnowledgeBase.class.getResourceAsStream("/kb/entities.tsv.gz"));
        KnowledgeBase loaded = KnowledgeBase.of(entities, List.of());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long heap = runtime.totalMemory() - runtime.freeMemory() - before;

        assertThat(loaded.size()).isGreaterThan(2_000);
        assertThat(millis).isLessThan(1_000);
        assertThat(heap).isLessThan(100L << 20);
    }

    @Test
    void aPressShortNameAndTheLegalNameAreOneCompany() {
        KnownEntity shortName = base.lookup("TSMC").company().orElseThrow();
        KnownEntity legal = base.lookup("Taiwan Semiconductor Manufacturing Co.").company().orElseThrow();

        assertThat(shortName).isEqualTo(legal);
        assertThat(shortName.country()).isEqualTo("TW");
        assertThat(base.lookup("SK hynix").company()).map(KnownEntity::ticker).contains("000660.KS");
        assertThat(base.lookup("Marubeni Corp").company()).map(KnownEntity::country).contains("JP");
    }

    @Test
    void aNameWithAnAmpersandIsKnownWithTheWordAndAsTheWiresWriteIt() {
        KnownEntity written = base.lookup("Johnson & Johnson").company().orElseThrow();
        assertThat(base.lookup("Johnson and Johnson").company()).contains(written);
    }

    @Test
    void anSAndP500NameAndTheSecFilersNameOfOneTickerAreOneCompany() {
        KnownEntity sp500 = base.lookup("ExxonMobil").company().orElseThrow();
        assertThat(base.lookup("Exxon Mobil").company()).contains(sp500);
        assertThat(base.lookup("Exxon").company()).contains(sp500);
        assertThat(base.lookup("A.O. Smith").company()).map(KnownEntity::kbId).contains("a-o-smith");
    }

    @Test
    void theWordThePressLeavesOutAfterAOneWordNameIsDropped() {
        assertThat(base.lookup("Gilead").company()).map(KnownEntity::ticker).contains("GILD");
        assertThat(base.lookup("Takeda").company()).map(KnownEntity::ticker).contains("4502.T");
        assertThat(base.lookup("Mondelez").company()).map(KnownEntity::ticker).contains("MDLZ");
    }

    @Test
    void aListedCompanyCarriesItsListing() {
        KnownEntity microsoft = base.lookup("Microsoft").company().orElseThrow();

        assertThat(microsoft.ticker()).isEqualTo("MSFT");
        assertThat(microsoft.mic()).isEqualTo("XNAS");
        assertThat(microsoft.cik()).isEqualTo("0000789019");
        assertThat(microsoft.country()).isEqualTo("US");
        assertThat(microsoft.wikidata()).isEqualTo("Q2283");
    }

    @Test
    void aWikidataIdIsGivenOnlyWhereNameWebsiteAndDescriptionAgree() {
        assertThat(base.lookup("Tesla").company()).map(KnownEntity::wikidata).contains("Q478214");
        // the index's entry for the name is the railway the group runs, not the listed holding company
        assertThat(base.lookup("Norfolk Southern").company().orElseThrow().wikidata()).isNull();
    }

    @Test
    void theCuratedListSaysWhomTheShortNameMeans() {
        assertThat(base.lookup("SoftBank").company()).map(KnownEntity::kbId).contains("softbank-group");
        assertThat(base.lookup("Zomato").company()).map(KnownEntity::name).contains("Eternal");
    }

    @Test
    void aSubsidiaryIsItsOwnCompanyWithItsParent() {
        KnownEntity jio = base.lookup("Reliance Jio Infocomm").company().orElseThrow();

        assertThat(jio.parent()).isEqualTo("jio-platforms");
        assertThat(base.entity(jio.parent())).map(KnownEntity::parent).contains("reliance-industries");
    }

    @Test
    void aCompanyTakenPrivateKeepsNoTicker() {
        KnownEntity afterpay = base.lookup("Afterpay").company().orElseThrow();

        assertThat(afterpay.ticker()).isNull();
        assertThat(afterpay.parent()).isEqualTo(base.lookup("Block").company().orElseThrow().kbId());
    }

    @Test
    void peopleProductsAndPublicBodiesAreNotCompanies() {
        Known altman = base.lookup("Sam Altman");
        Known chatGpt = base.lookup("ChatGPT");

        assertThat(altman.isPerson()).isTrue();
        assertThat(altman.employer()).map(KnownEntity::name).contains("OpenAI");
        assertThat(base.lookup("Altman").isPerson()).isTrue();
        assertThat(chatGpt.isProduct()).isTrue();
        assertThat(chatGpt.owner()).map(KnownEntity::name).contains("OpenAI");
        assertThat(base.lookup("TikTok").owner()).map(KnownEntity::name).contains("ByteDance");
        assertThat(base.lookup("Centre").isNotCompany()).isTrue();
        assertThat(base.lookup("Securities and Exchange Commission").isNotCompany()).isTrue();
    }

    @Test
    void aListedCompanyIsKnownByItsNameWithoutTheLegalSuffix() {
        assertThat(base.lookup("Stellantis").company()).map(KnownEntity::ticker).contains("STLA");
        assertThat(base.lookup("Barclays").company()).map(KnownEntity::country).contains("GB");
        assertThat(base.lookup("Lyft").company()).map(KnownEntity::ticker).contains("LYFT");
        // "Eli Lilly and Company" is Eli Lilly, one company with the S&P's "Lilly (Eli)"
        assertThat(base.lookup("Eli Lilly").company()).isEqualTo(base.lookup("Lilly").company())
                .map(KnownEntity::ticker).contains("LLY");
    }

    @Test
    void aListedCompanyIsKnownByTheNameThePressUsesWithoutItsGroupWord() {
        assertThat(base.lookup("Honda").company()).map(KnownEntity::country).contains("JP");
        assertThat(base.lookup("Hyundai").company()).map(KnownEntity::ticker).contains("005380.KS");
        assertThat(base.lookup("American Airlines").company()).map(KnownEntity::country).contains("US");
        // an everyday word or a place left over is no name: "Booking Holdings", "Kerry Group"
        assertThat(base.lookup("Booking").isEmpty()).isTrue();
        assertThat(base.lookup("Kerry").isEmpty()).isTrue();
        // a short name in capitals ("UBS Group"), and "Technologies" after a one-word name ("Dell Technologies")
        assertThat(base.lookup("UBS").company()).map(KnownEntity::country).contains("CH");
        assertThat(base.lookup("BHP").company()).isEqualTo(base.lookup("BHP Group").company());
        assertThat(base.lookup("Dell").company()).isEqualTo(base.lookup("Dell Technologies").company());
        assertThat(base.lookup("Spotify").company()).map(KnownEntity::ticker).isPresent();
        assertThat(base.lookup("Lens").isEmpty()).isTrue();
        assertThat(base.lookup("Check Point Software").isEmpty()).isTrue();
    }

    @Test
    void aGermanLegalFormIsASuffixLikeAg() {
        assertThat(base.lookup("Siemens").company()).isEqualTo(base.lookup("Siemens Aktiengesellschaft").company())
                .map(KnownEntity::country).contains("DE");
        assertThat(base.lookup("Deutsche Bank").company()).map(KnownEntity::country).contains("DE");
        // Merck KGaA stays apart from Merck & Co.
        assertThat(base.lookup("Merck Kommanditgesellschaft auf Aktien").company()).isPresent()
                .isNotEqualTo(base.lookup("Merck & Co.").company());
    }

    @Test
    void theCuratedListGivesTheNamesThePressUsesForWellKnownFirms() {
        assertThat(base.lookup("Disney").company()).map(KnownEntity::ticker).contains("DIS");
        assertThat(base.lookup("Airbus").company()).map(KnownEntity::mic).contains("XPAR");
        assertThat(base.lookup("Aramco").company()).isEqualTo(base.lookup("Saudi Arabian Oil Company").company());
        assertThat(base.lookup("Nubank").company()).map(KnownEntity::ticker).contains("NU");
        assertThat(base.lookup("Rivian").company()).map(KnownEntity::ticker).contains("RIVN");
        assertThat(base.lookup("Temu").company()).map(KnownEntity::parent).contains("pdd-holdings-inc");
        // regional firms named bare: a press name added to a listed company keeps its listing
        assertThat(base.lookup("MUFG").company()).map(KnownEntity::ticker).contains("8306.T");
        assertThat(base.lookup("Murata").company()).map(KnownEntity::kbId).contains("murata-manufacturing-co-ltd");
        assertThat(base.lookup("ICBC").company()).map(KnownEntity::country).contains("CN");
        assertThat(base.lookup("Etisalat").company()).isEqualTo(base.lookup("e&").company());
        assertThat(base.lookup("GTBank").company()).map(KnownEntity::country).contains("NG");
    }

    @Test
    void aNameIsKnownWithTheAccentsThePressWritesAndTheListingsLeaveOut() {
        assertThat(base.lookup("Ørsted").company()).map(KnownEntity::country).contains("DK");
        assertThat(base.lookup("Itaú Unibanco").company()).isEqualTo(base.lookup("Itau Unibanco").company())
                .map(KnownEntity::country).contains("BR");
    }

    @Test
    void aDepositaryReceiptOrAnSecFilingIsNoCompanyOfItsOwn() {
        assertThat(base.lookup("Itau Unibanco Holding S.A.").company()).map(KnownEntity::ticker).contains("ITUB3.SA");
        assertThat(base.lookup("Petrobras").company()).map(KnownEntity::country).contains("BR");
        // the SEC writes "Toyota Motor Corp/" and "Bank Of Montreal /can/": one company each with its home listing
        assertThat(base.lookup("Toyota Motor Corp").company()).map(KnownEntity::ticker).contains("7203.T");
        assertThat(base.lookup("Bank of Montreal").company()).map(KnownEntity::ticker).contains("BMO.TO");
        assertThat(base.lookup("Anheuser-Busch InBev").company()).map(KnownEntity::country).contains("BE");
    }

    @Test
    void aBareNameThePressUsesForAnotherFirmIsNoAlias() {
        assertThat(base.lookup("Nasdaq").isEmpty()).isTrue();
        assertThat(base.lookup("Nasdaq, Inc.").isCompany()).isTrue();
        assertThat(base.lookup("Reliance").company()).map(KnownEntity::country).contains("IN");
    }

    @Test
    void aBareNameThatIsAlsoAnEverydayWordOrAPlaceIsMarked() {
        assertThat(base.lookup("Ball").commonWord()).isTrue();
        assertThat(base.lookup("Dover").commonWord()).isTrue();
        assertThat(base.lookup("Stellantis").commonWord()).isFalse();
    }

    @Test
    void namesThatAreEverydayWordsAreMarked() {
        assertThat(base.lookup("Shell").commonWord()).isTrue();
        assertThat(base.lookup("Apple").commonWord()).isTrue();
        assertThat(base.lookup("Nvidia").commonWord()).isFalse();
    }

    @Test
    void findingNamesInARunOfWordsTakesTheLongestAtEachPlace() {
        List<String> words = NameWords.of("talks between Samsung Electronics and SK hynix on HBM with Nvidia");

        List<KnowledgeBase.Mention> found = base.find(words);

        assertThat(found).extracting(m -> String.join(" ", words.subList(m.from(), m.to())))
                .containsExactly("samsung electronics", "sk hynix", "nvidia");
    }

    @Test
    void anUnknownNameIsNothing() {
        assertThat(base.lookup("Quorvane Dynamics").isEmpty()).isTrue();
        assertThat(base.lookup("Quorvane Dynamics").company()).isEmpty();
    }
}
