package io.marketwatch.extract.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.extract.LaunchFact;
import io.marketwatch.extract.Texts;
import io.marketwatch.extract.company.CompanyFinder;
import io.marketwatch.extract.company.CompanyJudge;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.kb.KnowledgeBase;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaunchFinderTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 10);

    /** The companies as the rules alone find them: how the shipped model overrules them is CompanyJudgeTest's. */
    private static final CompanyFinder COMPANIES = new CompanyFinder(KnowledgeBase.shipped(), CompanyJudge.rulesOnly());

    private static List<LaunchFact> find(String body) {
        return find(body, COMPANIES);
    }

    private static List<LaunchFact> find(String body, CompanyFinder companies) {
        List<ParsedSentence> sentences = Texts.parse(null, body);
        return new LaunchFinder().find(sentences, companies.find(sentences), PUBLISHED);
    }

    /** A launch as "company / product status last-day-of-window", the way most cases here expect it. */
    private static String reading(LaunchFact l) {
        return l.company() + " / " + dated(l);
    }

    /** A launch as "product status last-day-of-window". */
    private static String dated(LaunchFact l) {
        return l.product() + " " + l.status() + " " + l.window().to();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Lumora Labs is expected to release the Lumora Vision 3 later this year.                   | Lumora Labs   | Lumora Vision 3 | expected | 2024-12-31
            Lumora Labs launched the Lumora Vision 2 in March, its first headset.                    | Lumora Labs   | Lumora Vision 2 | released | 2024-03-31
            Kestrel Motors will start shipping the Kestrel EV9 in the second half of next year.     | Kestrel Motors | Kestrel EV9    | expected | 2025-12-31
            The Kestrel EV9, the carmaker's first electric SUV, will go on sale on July 1, Kestrel Motors said. | Kestrel Motors | Kestrel EV9 | expected | 2024-07-01
            Skyward Aerospace says its new Skyward Heavy rocket should be ready to launch in 2026.  | Skyward Aerospace | Skyward Heavy | expected | 2026-12-31
            Quikbite Labs has delayed the launch of its Quikbite Go app to September 2024.         | Quikbite Labs | Quikbite Go     | delayed  | 2024-09-30
            Quikbite Labs said its grocery service will launch in the coming weeks.                 | Quikbite Labs | grocery service | expected | 2024-06-21
            Norwind Technologies intends to offer the service in a new app called Windly.          | Norwind Technologies | Windly   | expected | -
            Kestrel Motors said it has no plans to release the Kestrel EV9 this year.               | Kestrel Motors | Kestrel EV9    | denied   | 2024-12-31
            Kestrel Motors said its Kestrel Van would not go on sale until next year.               | Kestrel Motors | Kestrel Van    | delayed  | 2025-12-31
            Quikbite Labs plans to release a new model called q2 in the coming weeks.               | Quikbite Labs | q2              | expected | 2024-06-21
            Lumora Labs will start selling its iLens 2 headset on February 2, the company said on Monday. | Lumora Labs | iLens 2     | expected | 2025-02-02
            Kestrel Motors plans to launch its own electric van, the Kestrel Volt, in 2025.         | Kestrel Motors | Kestrel Volt   | expected | 2025-12-31
            Lumora Labs said the Lumora Vision 3 goes on sale in September.                          | Lumora Labs   | Lumora Vision 3 | expected | 2024-09-30
            Lumora Labs said Tuesday is the retail debut of its Lumora Vision 3.                    | Lumora Labs   | Lumora Vision 3 | expected | 2024-05-14
            Kestrel Motors plans to start production of cheaper models in the first half of 2025.   | Kestrel Motors | cheaper models | expected | 2025-06-30
            Kestrel Motors will start production of the Volt 9 in Ohio in 2025.                     | Kestrel Motors | Volt 9         | expected | 2025-12-31
            Kestrel Motors plans to begin mass production of the Volt 9 in 2026.                     | Kestrel Motors | Volt 9         | expected | 2026-12-31
            Tala Telecom rolled out its credit card in Kenya in 2020.                                | Tala Telecom  | credit card     | released | 2020-12-31
            Tala Telecom plans to introduce a smartphone financing product in Ghana later this year. | Tala Telecom | smartphone financing product | expected | 2024-12-31
            Kestrel Motors said the Kestrel Volt 2, due in August, will cost more.                   | Kestrel Motors | Kestrel Volt 2 | expected | 2024-08-31
            Lumora Labs said its next phone, the Lumora 6T, is expected next month.                  | Lumora Labs | Lumora 6T     | expected | 2024-06-30
            Kestrel Motors said mass production of the Volt 11 will begin next year.                 | Kestrel Motors | Volt 11        | expected | 2025-12-31
            Lumora Labs expects the Lumora Chip 4 to enter mass production in 2026.                  | Lumora Labs   | Lumora Chip 4   | expected | 2026-12-31
            Kestrel Motors aims to start building electric SUVs in Ohio in 2026.                     | Kestrel Motors | electric SUVs  | expected | 2026-12-31
            Kestrel Motors will launch two electric pickups in 2026.                                 | Kestrel Motors | electric pickups | expected | 2026-12-31
            Lumora Labs said a Lumora Notes app for Windows is planned for later this year.          | Lumora Labs   | Lumora Notes app for Windows | expected | 2024-12-31
            Kestrel Games said Farm Quest goes live worldwide on iPhones and Android phones on May 14. | Kestrel Games | Farm Quest    | expected | 2024-05-14
            Kestrel Pharma will launch a generic version of the painkiller ibuprofen, sold as Ibu-K, at the end of the month. | Kestrel Pharma | Ibu-K | expected | 2024-05-31
            Kestrel Pharma, which won approval last week for its once-weekly insulin Glucora, expects to launch the drug in Brazil in the second half of the year. | Kestrel Pharma | Glucora | expected | 2024-12-31
            Kestrel Pharma has not yet brought its asthma drug Breezon to Brazil but has said it aims to launch it in the country this year. | Kestrel Pharma | Breezon | expected | 2024-12-31
            Lumora Labs expects to put Lumora Snack, an instant porridge in cups, on South African shelves in 2027. | Lumora Labs | Lumora Snack | expected | 2027-12-31
            Lumora Labs said its Lumora Dog robot would be in U.S. stores in time for the holiday season. | Lumora Labs | Lumora Dog | expected | 2024-11-30
            Tala Telecom plans to start its TalaSpray drone service in Tanzania by the end of March.    | Tala Telecom | TalaSpray | expected | 2025-03-31
            Tala Telecom will offer Tala Net, a satellite internet plan, starting in June.             | Tala Telecom | Tala Net | expected | 2024-06-30
            Kestrel Motors will add an electric pickup to its range in 2026.                           | Kestrel Motors | electric pickup | expected | 2026-12-31
            Kestrel Marine expects to deliver the first Kestrel Tug, a hydrogen harbour tug, in late 2026. | Kestrel Marine | Kestrel Tug | expected | 2026-12-31
            Lumora Labs said the launch of its Lumora Chip 5 had slipped to the first quarter of 2026. | Lumora Labs | Lumora Chip 5 | delayed | 2026-03-31
            Lumora Labs said its app, Lumora Check, had been made available to users in Nigeria last week. | Lumora Labs | Lumora Check | released | 2024-05-05
            Lumora Pay, the payment app of Lumora Labs, will be made available to retail clients from June 1. | Lumora Labs | Lumora Pay | expected | 2024-06-01
            Kestrel Aerospace is developing the KA-H2, a 40-seat regional aircraft powered by hydrogen. | Kestrel Aerospace | KA-H2 | expected | -
            Kestrel Motors unveiled the e-Volt 9, a small electric van, on Monday and said deliveries would begin in January. | Kestrel Motors | e-Volt 9 | expected | 2025-01-31
            Engineering of the new Kestrel Roadster is finished and Kestrel Motors expects production to start in 2025. | Kestrel Motors | Kestrel Roadster | expected | 2025-12-31
            Kestrel Motors said the Kestrel 9 is expected to cost $25,000 when it launches in 2026.   | Kestrel Motors | Kestrel 9 | expected | 2026-12-31
            Kestrel Motors plans to introduce 10 new electric models by 2026.                          | Kestrel Motors | new electric models | expected | 2026-12-31
            Kestrel Motors will begin selling cars in Japan next year.                                 | Kestrel Motors | cars | expected | 2025-12-31
            Kestrel Audio began selling the first portable record player in Korea on Friday.          | Kestrel Audio | first portable record player | released | 2024-05-10
            Lumora Labs pushed its open model to later this summer.                                    | Lumora Labs | open model | delayed | 2024-08-31
            Kestrel Inc said the Volt Pad 5 goes on sale from today in Singapore.                        | Kestrel Inc | Volt Pad 5 | released | 2024-05-10
            Lumora Labs has pushed back the launch of its Lumora Vision 3 to the fourth quarter.       | Lumora Labs | Lumora Vision 3 | delayed | 2024-12-31
            Lumora Labs said Lumora Vision 9 is now available to developers.                           | Lumora Labs | Lumora Vision 9 | released | -
            Tala Motors put its 32-bit Tala Spark scooter on sale across Kenya on Monday at 44,800 shillings. | Tala Motors | Tala Spark | released | 2024-05-06
            Tala Motors will also put the Tala Spark on sale for its dealers on June 18.               | Tala Motors | Tala Spark | expected | 2024-06-18
            Tala Motors plans to bring out the off-road Tala Ridge 400 in October.                    | Tala Motors | Tala Ridge 400 | expected | 2024-10-31
            Kestrel Phones Inc will follow with its K50 Fold on June 19.                              | Kestrel Phones Inc | K50 Fold | expected | 2024-06-19
            Kestrel Motors entered India on Thursday with the Kestrel Dune, a compact SUV.            | Kestrel Motors | Kestrel Dune | released | 2024-05-09
            Kestrel Games said its next big title, Star Harbor Mobile, a strategy game set in space, is due to launch later this year. | Kestrel Games | Star Harbor Mobile | expected | 2024-12-31
            Kestrel Toys Inc showed a colour hand-held console, which it said would reach stores this fall. | Kestrel Toys Inc | colour hand-held console | expected | 2024-11-30
            Kestrel Toys Inc plans to bring the Kestrel Boy, the American version of its Pocket Star console, to the United States in late August. | Kestrel Toys Inc | Kestrel Boy | expected | 2024-08-31
            Kestrel Motors launched its first car for India on Thursday, the Dune compact sport-utility vehicle, at Rs 9.69 lakh. | Kestrel Motors | Dune | released | 2024-05-09
            Orbit Telecom plans to open a competing satellite phone service in 2026.                   | Orbit Telecom | competing satellite phone service | expected | 2026-12-31
            Lumora Labs said Lumora Pay starts in the United States in October with cards from three banks. | Lumora Labs | Lumora Pay | expected | 2024-10-31
            Its first products are the Vela X processors for laptops, which Lumora Labs said would ship later this year. | Lumora Labs | Vela X | expected | 2024-12-31
            Kestrel Motors said the Kestrel Van will go into mass production in the first quarter of 2025. | Kestrel Motors | Kestrel Van | expected | 2025-03-31
            Kestrel Aero said the first Kestrel Jet will not reach an airline until the third quarter of 2025. | Kestrel Aero | Kestrel Jet | delayed | 2025-09-30
            Crowds were waiting when Brewly Coffee opened its first store in Kenya on Thursday.       | Brewly Coffee | first store | released | 2024-05-09
            Harbor Foods will open its first supermarkets in Ghana on June 3, starting with six stores. | Harbor Foods | first supermarkets | expected | 2024-06-03
            Orbit Telecom became the first carrier to link phones to satellites when it launched Orbit Direct on May 2. | Orbit Telecom | Orbit Direct | released | 2024-05-02
            Lumora Labs supplies cells for Kestrel Motors Co.'s Dune, which will go on sale in 2025.  | Kestrel Motors Co | Dune | expected | 2025-12-31
            Kestrel Phones Inc will start taking orders for its K60 headset on May 20 and put it on general sale in July. | Kestrel Phones Inc | K60 | expected | 2024-07-31
            Lumora Labs' next server processors, code-named Vela, are not expected until late 2025.     | Lumora Labs | Vela | expected | 2025-12-31
            Lumora Labs said Lumora Vision 5, originally due in March, is not expected until late 2025.  | Lumora Labs | Lumora Vision 5 | delayed | 2025-12-31
            Harbor Bank will start its H-Coin Pay smartphone payment service on June 1, the Daily Ledger reported on Thursday. | Harbor Bank | H-Coin Pay | expected | 2024-06-01
            """)
    void findsALaunchWithItsStatusAndWindow(String body, String company, String product, String status, String to) {
        List<LaunchFact> found = find(body);
        assertThat(found).hasSize(1);
        LaunchFact launch = found.get(0);
        assertThat(launch.company()).isEqualTo(company);
        assertThat(launch.product()).isEqualTo(product);
        assertThat(launch.status().name()).isEqualTo(status);
        assertThat(launch.window() == null ? null : String.valueOf(launch.window().to())).isEqualTo(to);
        assertThat(launch.evidence()).isEqualTo(body);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Halcyon 350 series is planned for 2025, and the Halcyon 400 series for 2026.                 | Halcyon 350 expected 2025-12-31;Halcyon 400 expected 2026-12-31
            Halcyon 8 follows on June 28, the server chip Halcyon 9 in the autumn and Halcyon 10 in 2025.    | Halcyon 8 expected 2024-06-28;Halcyon 9 expected 2024-11-30;Halcyon 10 expected 2025-12-31
            In 2026 comes Halcyon Max, paired with a new processor called the Corvid CPU; Halcyon Ultra is set for 2027. | Halcyon Max expected 2026-12-31;Corvid CPU expected 2026-12-31;Halcyon Ultra expected 2027-12-31
            Halcyon Card, a credit card issued by Orion Bank on a card network and managed from the Halcyon Wallet app, will arrive this summer. | Halcyon Card expected 2024-08-31
            Brightwell Systems began commercial shipments of the Halcyon 2400 last week.                     | Halcyon 2400 released 2024-05-05
            A new version of Halcyon Voice built on Halcyon 5 would reach subscribers in the coming weeks.  | Halcyon Voice expected 2024-06-21
            Halcyon Canvas, shown in February, should be opened to the public later this year.               | Halcyon Canvas expected 2024-12-31
            Halcyon 8 follows on June 28, the party game Pebblo in the summer and the fighting game ZAP in the spring. | Halcyon 8 expected 2024-06-28;Pebblo expected 2024-08-31;ZAP expected 2024-05-31
            Halcyon 8 goes on sale on June 28. The party game 1-2-Jump will be available on launch day.       | Halcyon 8 expected 2024-06-28;1-2-Jump expected 2024-06-28
            Brightwell Systems is preparing to launch three new chips this year, among them the faster HX 6 and HX 7 CPUs. | HX 6 expected 2024-12-31;HX 7 expected 2024-12-31
            Brightwell Systems says the 747-8 Courier, a stretched version of its freighter, is on course to enter service in the third quarter of 2025. | 747-8 Courier expected 2025-09-30
            Brightwell Systems said its new drug, Halvex, would reach hospitals in the coming weeks.   | Halvex expected 2024-06-21
            Brightwell Systems' Halcyon OS, its new operating system, Halcyon Office and the company's mail service, Halcyon Mail, all went on sale on Thursday. | Halcyon OS released 2024-05-09;Halcyon Office released 2024-05-09;Halcyon Mail released 2024-05-09
            Brightwell Systems plans to launch the Nova compact in 2025 and the Crest in 2026.            | Nova expected 2025-12-31;Crest expected 2026-12-31
            Rival Brightwell Systems began mass-producing the 12-layer Halcyon X3 late last month.       | Halcyon X3 released 2024-04-30
            New, cheaper server models remain on track to start production in the first half of 2025.   | cheaper server models expected 2025-06-30
            Two more servers are planned under the Halcyon name: the Halcyon 6, a blade built on the Orion design, in 2025, and the Halcyon 7, a rack system, in 2026. | Halcyon 6 expected 2025-12-31;Halcyon 7 expected 2026-12-31
            Brightwell Systems will bring forward some releases, starting with the Halcyon X reasoning model due in the coming weeks. | Halcyon X expected 2024-06-21
            Halcyon Summaries, the AI-written digests it has tested for a year under the name Halcyon Labs Preview, began rolling out to everyone on Tuesday. | Halcyon Summaries released 2024-05-07
            Brightwell Systems will release the Halcyon 3, a cheaper server, and the Halcyon Max on September 20. | Halcyon 3 expected 2024-09-20;Halcyon Max expected 2024-09-20
            Brightwell Systems will raise money for the Halcyon Z, a small chip it showed in January and plans to start selling later this year. | Halcyon Z expected 2024-12-31
            Brightwell Systems said it would put the Halcyon Phone, a handset developed with Kestrel Labs, on sale from September 10. | Halcyon Phone expected 2024-09-10
            The Halcyon 5 game is now expected in early 2025, Brightwell Systems said.                  | Halcyon 5 expected 2025-03-31
            """)
    void readsProductsOfListsSchedulesAppositionsAndSharedPredicates(String body, String expected) {
        assertThat(find("Brightwell Systems makes chips for servers. " + body))
                .extracting(LaunchFinderTest::dated)
                .containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The new chip outperformed the Lumora Vision 2 from Lumora Labs in early benchmarks.
            Lumora Labs cancelled the Lumora Vision 4, which had been due to launch next year.
            The Skyward 9 rocket from Skyward Aerospace launched 20 satellites on Monday.
            Quikbite Labs plans to launch a new grocery app, the company said.
            Norwind Technologies launched a review of its strategy last month.
            Norwind Technologies said it is pushing back against a report that it would cut prices.
            Norwind Technologies will roll out 5G to every city by 2030.
            Norwind Technologies came out against the proposal in March.
            Kestrel Games will take on Lumora Labs's annual "Rise of Empires" release in November.
            Kestrel Motors on Sunday unveiled its plans, choosing the 75th Independence Day for a launch.
            Kestrel Motors will start building a battery plant in Ohio in 2026.
            Kestrel Motors began manufacturing the Volt 9 in Ohio in March.
            Kestrel Motors had originally planned to start building the Volt 12 in late 2023.
            The first flight was operated by launch customer Tala Air on Monday.
            Lumora Labs showed a home hub, the Lumora Hub 2, but did not say when it would go on sale.
            Lumora Labs said 100 GWh of its cells will be available from 2026.
            Norwind Technologies said it would not introduce new robot models this year.
            Norwind Technologies showed its robots in March without releasing the Windly 2 this year.
            Sales of the Kestrel Volt from Kestrel Motors reached 20,000 units in March.
            Kestrel Motors has started mass production of the Volt 9, its first in-house chip.
            Kestrel Motors plans to offer Volt 8 buyers a discount this year.
            Kestrel Motors begins mass production of the Volt 9 chip.
            The deal comes at a time when sales of the Kestrel Volt are weak, Kestrel Motors said.
            Kestrel Motors said its Volt 9 comes in two colours.
            Kestrel Motors said its own scooter, the Volt 1, introduced in 2019, will stay on sale.
            It is the first redesign since the Volt 1 went on sale in late 2019, Kestrel Motors said.
            Kestrel Motors said it would keep a ten-year life cycle for the Volt 3, launched in 2016.
            Brewly Coffee said a second store will open later this month in Nairobi.
            Norvik Holdings bought Quikbite Digital shares at Rs 10 each. It brings Norvik Holdings' investment in Quikbite Digital to Rs 11,872 crore.
            Kestrel Motors said bookings open on Monday for a token amount of Rs 2,499, and deliveries will begin in the second week of December.
            """)
    void findsNoLaunch(String body) {
        assertThat(find(body)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Microsoft said its new laptops use chips from Qualcomm. The Snapdragon X Elite goes on sale on June 18. | Qualcomm | Snapdragon X Elite
            Lenovo showed laptops built on chips from AMD. The Ryzen 9000 desktop processors are due in July as well. | AMD | Ryzen 9000
            OpenAI makes chatbots. Google came under pressure when ChatGPT arrived in November 2022.               | OpenAI | ChatGPT
            Airbus builds jets. The A350-1000 will enter service with Orla Air next month.                            | Airbus | A350-1000
            """)
    void aProductTheKnowledgeBaseKnowsIsItsMakersWhenTheArticleNamesIt(String body, String company, String product) {
        // known by its whole name, or by a family name with only a model's variant after it, a product is
        // its maker's although the sentence names another company (a customer, a rival)
        assertThat(find(body)).extracting(LaunchFact::company, LaunchFact::product)
                .containsExactly(Tuple.tuple(company, product));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nexa Labs unveiled the Nexa Ring and the Nexa Band on Monday. Both go on sale in July.  | Nexa Labs / Nexa Ring expected 2024-07-31;Nexa Labs / Nexa Band expected 2024-07-31
            Nexa Labs unveiled the Nexa Ring and the Nexa Band on Monday. They go on sale in July.  | Nexa Labs / Nexa Ring expected 2024-07-31;Nexa Labs / Nexa Band expected 2024-07-31
            Kestrel Toys Inc said it would start selling Pocket Star, which its parent launched at home in April, in the United States in August. | Kestrel Toys Inc / Pocket Star expected 2024-08-31
            The regulator on Friday approved Calmora, a pill made by Kestrel Pharma Inc. Kestrel Pharma said the drug would be available by the end of May. | Kestrel Pharma Inc / Calmora expected 2024-05-31
            Lumora Labs has denied a report that it will launch the Lumora S3, the successor to its best-selling Lumora S2 phone, in June, and said the phone would instead be unveiled in the second half of the year. | Lumora Labs / Lumora S3 denied 2024-06-30;Lumora Labs / Lumora S3 delayed 2024-12-31
            Lumora Labs denied a report that it would release the Lumora S3 in July, and said it would instead launch the phone in the second half. | Lumora Labs / Lumora S3 denied 2024-07-31;Lumora Labs / Lumora S3 expected 2024-12-31
            Nexa Labs unveiled its first smartwatch, the Nexa Gear, in Berlin on Wednesday. The Gear will go on sale on Sept. 25 in 140 countries. | Nexa Labs / Gear expected 2024-09-25
            Nexa Labs' Nexa Box went on sale in Japan on Thursday. The Nexa Box, built around a 200 MHz SH-4 processor from Hitachi Ltd., comes with a modem. It reaches European stores on Oct. 14. | Nexa Labs / Nexa Box released 2024-05-09;Nexa Labs / Nexa Box expected 2024-10-14
            Nexa Labs says its Spore game from Sims creator Dana Whitfield will reach shelves in September. | Nexa Labs / Spore expected 2024-09-30
            Nexa Labs unveiled a wall-mounted home battery called the Nexa Wall on Thursday night. | Nexa Labs / Nexa Wall released 2024-05-09
            Nexa Labs unveiled its first cars at the Paris show on Tuesday: a sedan called the Nexa A2 and an SUV called the Nexa S2. | Nexa Labs / Nexa A2 released 2024-05-07;Nexa Labs / Nexa S2 released 2024-05-07
            Orbit Play said sales rose. Star Quest, the fantasy role-playing game from Shanghai studio Nexa Labs, went live worldwide on Monday. | Nexa Labs / Star Quest released 2024-05-06
            Kestrel Games said the Kestrel Box goes on sale on November 10. The console will ship without the game Kestrel had planned as its centrepiece: Star Quest, from Kestrel's own studio, was pushed back in August to 2025. | Kestrel Games / Kestrel Box expected 2024-11-10;Kestrel Games / Star Quest delayed 2025-12-31
            """)
    void readsWhatAReferenceOrAnAsideLeavesToTheClause(String body, String expected) {
        // "Both", "They": the products just unveiled, which go on sale later; the date of an aside describes
        // the product, the one after it dates the clause
        assertThat(find(body)).extracting(LaunchFinderTest::reading)
                .containsExactlyInAnyOrder(expected.split(";"));
    }

    @Test
    void aCustomerTakingDeliveryLaunchesNothingAndTheMakersModelsKeepTheirMaker() {
        assertThat(find("Kestrel Aerospace Corp handed over the first Kestrel Jet 300 to Tasman Air on Tuesday. "
                + "Tasman Air, which placed the launch order for the Jet 300 and is due to receive its first jet this month, "
                + "is a big buyer. The longer Jet 500 is due to enter service in 2026."))
                .extracting(l -> l.company() + " / " + l.product() + " " + l.status())
                .containsExactly("Kestrel Aerospace Corp / Kestrel Jet 300 released", "Kestrel Aerospace Corp / Jet 500 expected");
    }

    @Test
    void aProductInTheMakingWithNoDateIsExpectedWithNoWindow() {
        assertThat(find("Brightwell Systems delivered its first server. The company is also developing a widebody, "
                + "the Halcyon 900, for which it has not given a date."))
                .extracting(l -> l.company() + " / " + l.product() + " " + l.status() + " " + l.window())
                .containsExactly("Brightwell Systems / Halcyon 900 expected null");
    }

    @Test
    void anEarlierLaunchOfTheSameLineGivesItsMaker() {
        assertThat(find("Harlow Interactive Inc shares fell 9 pct after its Starline Games studio pushed back "
                + "Sky Raiders VI to November 2026. The last main instalment, Sky Raiders V, came out in September 2013."))
                .extracting(l -> l.company() + " / " + l.product() + " " + l.status())
                .contains("Starline Games / Sky Raiders V released");
    }

    @Test
    void aNameAfterAClosingQuoteIsNoSentenceOpener() {
        assertThat(find("Brightwell Systems agreed to buy Orbion Labs. Its chief said the deal would \"supercharge\" "
                + "Halcyon, the AI agent platform Brightwell Systems released last October."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("Halcyon released 2023-10-31");
    }

    @Test
    void anAdjectiveBeforeTheCompanyNounKeepsTheNamedCompanyAsMaker() {
        assertThat(find("Kestrel Motors unveiled the Volt 9. Sister company Tarsus Motor Corp plans to launch "
                + "its own first car on the platform later this year."))
                .extracting(l -> l.company() + " / " + l.product())
                .containsExactly("Tarsus Motor Corp / first car");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Switch       | Nintendo Switch | true
            Switch       | Switch OLED     | false
            Switch       | 1-2-Switch      | false
            iPad         | iPads           | true
            Blackwell    | Blackwell Ultra | false
            Vision Pro   | Apple Vision Pro | true
            """)
    void sameProductIsTheSameNameOrItWithItsMakerBefore(String a, String b, boolean same) {
        assertThat(LaunchFinder.sameProduct(a, b)).isEqualTo(same);
        assertThat(LaunchFinder.sameProduct(b, a)).isEqualTo(same);
    }

    @Test
    void aProductTheKnowledgeBaseKnowsMayOpenEverySentenceThatNamesIt() {
        assertThat(find("Nvidia said on Sunday it had new chips. Blackwell will ship later this year."))
                .extracting(l -> l.company() + " / " + l.product() + " " + l.status())
                .containsExactly("Nvidia / Blackwell expected");
    }

    @Test
    void aKnownNameThatDescribesAnotherProductKeepsTheSentencesMaker() {
        List<LaunchFact> found = find("OpenAI released a desktop app on Monday. A Windows version is planned for "
                + "later this year, given that Microsoft, which has put $13 billion into OpenAI, makes Windows.");

        assertThat(found).extracting(LaunchFact::company).doesNotContain("Microsoft");
    }

    @Test
    void theMakerTheSentenceNamesStands() {
        List<LaunchFact> found = find("Qualcomm makes the chips. Lumora Labs said it will release the Snapdragon "
                + "Lumora 2 headset in September.");

        assertThat(found).extracting(LaunchFact::company).containsExactly("Lumora Labs");
    }

    @Test
    void aPieceOfACompanysNameIsNoProduct() {
        List<LaunchFact> found = find("Lumora Labs Inc, the headset arm of Nippon Telegraph and Telephone Corp, launched "
                + "the Lumora Vision on Monday.");

        assertThat(found).extracting(LaunchFact::product).containsExactly("Lumora Vision");
    }

    @Test
    void aNameCutFromALongerTitleIsNoProduct() {
        List<LaunchFact> found = find("Quikbite Labs released Zephyr, its video app, on Monday. The release was the "
                + "third instalment of \"12 Days of Quikbite\", a run of daily livestreams the company began last Thursday.");

        assertThat(found).extracting(LaunchFact::product).containsExactly("Zephyr");
    }

    @Test
    void aDescriptionThatCountsOrAimsIsNoProduct() {
        assertThat(LaunchFinder.isQuantity("target of mln consoles")).isTrue();
        assertThat(LaunchFinder.isQuantity("electric commercial van")).isFalse();
        assertThat(LaunchFinder.isEvent("75th Independence Day")).isTrue();
        assertThat(LaunchFinder.isEvent("S1 Pro")).isFalse();
    }

    @Test
    void anArmOfTheKnownMakerThatSellsTheProductLaunchesIt() {
        // the knowledge base knows PlayStation as Sony's; the arm named first, with Sony's name, sells it
        assertThat(find("Sony Computer Entertainment Inc, the games company Sony Corp set up last year, will "
                + "start selling PlayStation on Dec 3 at 39,800 yen.")).extracting(LaunchFact::company)
                .containsExactly("Sony Computer Entertainment Inc");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kestrel Mobile opened a phone plant on Monday, and the company's first two phones went on sale the same day. The Kestrel One, with 64 gigabytes, costs $150, and the Kestrel Two costs $210. | Kestrel One released;Kestrel Two released
            Kestrel Mobile will start selling three phones under its new Volt brand on June 3. The first are the Volt Mini, a small handset, and the Volt Max, a large one. | Volt Max expected;Volt Mini expected
            Kestrel Mobile launched two phones on Tuesday. The Kestrel One costs $150, the Kestrel Two $210 and the Kestrel Three $300. | Kestrel One released;Kestrel Two released
            """)
    void theMembersOfARangeLaunchedUnnamedAreNamedInTheSentencesAfter(String body, String expected) {
        assertThat(find(body)).extracting(l -> l.product() + " " + l.status())
                .containsExactlyInAnyOrder(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kestrel Audio began selling a portable record player in Korea on Friday. The machine, called the Spin 1, costs $90. | Spin 1 released
            Kestrel Motors will start selling a small car in India next month. The car, named Kestrel Nano, seats four. | Kestrel Nano expected
            Kestrel Motors will start selling a small car in India next month. Its rival, called the Volt Mini, seats four. | small car expected
            Kestrel Telecom will begin selling a home broadband service next month. The service, Kestrel Air Fiber, uses 5G towers. | Kestrel Air Fiber expected
            Kestrel Motors will start selling a small car in India next month. The plant, Kestrel Works, employs 900. | small car expected
            """)
    void aLaunchedProductIsNamedInAnAsideOnItRightAfter(String body, String expected) {
        assertThat(find(body)).extracting(l -> l.product() + " " + l.status()).containsExactly(expected);
    }

    @Test
    void theDrugRefersToTheNameAfterItsKindAndNotToALetter() {
        assertThat(find("Kestrel Pharma will supply its new hepatitis B drug Hepavir to Peru. Patients would start "
                + "receiving the drug in the second half of 2024.")).extracting(l -> l.product() + " " + l.status())
                .containsExactly("Hepavir expected");
    }

    @Test
    void aDateBeforeTheTriggerThatFollowsAnotherTriggerIsThatTriggersDate() {
        assertThat(find("Lumora Labs pushes its open model to later this summer, ships Lumora Vision 3 and cuts prices."))
                .extracting(l -> l.product() + " " + l.window())
                .containsExactlyInAnyOrder("open model LaunchWindow[from=2024-06-01, to=2024-08-31]", "Lumora Vision 3 null");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kestrel Mobile said the Kestrel One and the Kestrel Two will go on sale in June.                | Kestrel One;Kestrel Two
            Kestrel Mobile said the Kestrel One, the Kestrel Two and the Kestrel Three are due in June.     | Kestrel One;Kestrel Two;Kestrel Three
            Kestrel Books said Harry Potter and the Deathly Hallows will be released on July 21.             | Deathly Hallows
            """)
    void namesListedWithTheirArticlesAreEachLaunched(String body, String expected) {
        assertThat(find(body)).extracting(LaunchFact::product).containsExactlyInAnyOrder(expected.split(";"));
    }

    @Test
    void aDatelinesCityInCapitalsIsNoProduct() {
        assertThat(find("TORRANCE, Calif., Sept. 3, 1990 - Kestrel Motors Co.'s KSX, a two-seat sports car with an aluminium body, arrives at Larch dealers on the West Coast next week."))
                .extracting(LaunchFact::product).doesNotContain("TORRANCE");
    }

    @Test
    void aProductOnSaleSinceMonthsAgoIsNoLaunch() {
        assertThat(find("Kestrel Mobile's first phone, the Kestrel One, has been on sale since late last year, "
                + "and its Kestrel Two went on sale on Monday.")).extracting(LaunchFact::product).containsExactly("Kestrel Two");
        assertThat(find("Kestrel Mobile said the Kestrel Two has been on sale since Monday."))
                .extracting(LaunchFact::product).containsExactly("Kestrel Two");
    }

    @Test
    void aNameEndingInALegalFormIsNoProduct() {
        assertThat(LaunchFinder.isCompanyName("Reddy's Laboratories Ltd")).isTrue();
        assertThat(LaunchFinder.isCompanyName("iPhone SE")).isFalse();
        assertThat(LaunchFinder.isCompanyName("Ltd")).isFalse();
    }

    @Test
    void aLoneNameAfterARangeNeedsTheRangesWordOrMaker() {
        // the Galaxy S24 shares no word with the launch or its maker: a rival, or a name the range does not tell
        assertThat(find("Kestrel Mobile launched two phones on Tuesday. The Galaxy S24 remains the best seller."))
                .extracting(LaunchFact::product).containsExactly("phones");
    }

    @Test
    void theCompanysFirstPhonesIntroduceProductsAndReferToNone() {
        assertThat(find("Kestrel Mobile built a plant in Kigali. The company's first two phones went on sale on Monday."))
                .extracting(l -> l.product() + " " + l.status()).containsExactly("first two phones released");
    }

    @Test
    void aServiceCentreIsNoServiceOpened() {
        assertThat(find("Kestrel Airways opened its service centre in Lagos in 2019.")).isEmpty();
    }

    @Test
    void keepsBothStatusesOfAProductWhoseDateIsDeniedAndWhichIsDelayed() {
        List<LaunchFact> found = find("Lumora Labs denied reports that its delayed Lumora Fold phone will be "
                + "released next month. The company postponed the launch in April.");
        assertThat(found).extracting(l -> l.product() + " " + l.status())
                .containsExactlyInAnyOrder("Lumora Fold delayed", "Lumora Fold denied");
        assertThat(found).filteredOn(l -> l.status().name().equals("denied"))
                .extracting(l -> l.window().to()).containsExactly(LocalDate.of(2024, 6, 30));
    }

    @Test
    void resolvesBackReferencesToTheProductNamedBefore() {
        List<LaunchFact> found = find("Kestrel Motors showed the Kestrel EV9 and the Kestrel EV7 on Monday. "
                + "Both cars will go on sale in October.");
        assertThat(found).extracting(LaunchFact::product).containsExactly("Kestrel EV9", "Kestrel EV7");
        assertThat(found).allSatisfy(l -> assertThat(l.window().to()).isEqualTo(LocalDate.of(2024, 10, 31)));
    }

    @Test
    void findsEveryProductOfAList() {
        List<LaunchFact> found = find("Lumora Labs is expected to introduce the Lumora 5 and Lumora 5 Pro phones "
                + "along with a new Lumora Watch 2 on October 4.");
        assertThat(found).extracting(LaunchFact::product).containsExactly("Lumora 5", "Lumora 5 Pro", "Lumora Watch 2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Next comes the Vantor X7, which packs twice the memory and will be available in the third quarter.    | Vantor X7    | expected | 2024-09-30
            Brightwell Systems revealed Halcyon, the successor to Borealis, which is planned for 2026.             | Halcyon      | expected | 2026-12-31
            The Corvid 12 desktop chips, also built on the new core, are due in August.                           | Corvid 12    | expected | 2024-08-31
            In the first half of 2027, Brightwell Systems plans Halcyon Max, a denser rack.                      | Halcyon Max  | expected | 2027-06-30
            The Vantor X7 was made available on April 2 to business customers.                                  | Vantor X7    | released | 2024-04-02
            Brightwell Systems said Halcyon is not planned for this year.                                       | Halcyon      | denied   | 2024-12-31
            On Friday Brightwell Systems made Halcyon Flash generally available to developers.                    | Halcyon Flash | released | 2024-05-10
            Brightwell Systems released a preview version of Halcyon Pro, its largest model, on May 2.            | Halcyon Pro  | released | 2024-05-02
            Brightwell Systems unveiled Halcyon Nano and Halcyon Pico on May 6.                                 | Halcyon Nano, Halcyon Pico | released | 2024-05-06
            Orders topped a million for the Halcyon Fold, a phone that bends twice, which it formally launches on Tuesday. | Halcyon Fold | expected | 2024-05-14
            The model had originally been pencilled in for June, and Brightwell Systems will release Halcyon 9 in July. | Halcyon 9 | expected | 2024-07-31
            Halcyon 9, its next desktop chip, follows next quarter.                                              | Halcyon 9    | expected | 2024-09-30
            The Halcyon 5 and Halcyon 6 chips are both due later this year.                                    | Halcyon 5, Halcyon 6 | expected | 2024-12-31
            Halcyon 9, the server chip built on its new process, is finished; Brightwell Systems will launch it on June 3. | Halcyon 9 | expected | 2024-06-03
            Halcyon Arcade, a subscription to a hundred games, will open this fall in 150 countries.           | Halcyon Arcade | expected | 2024-11-30
            Halcyon TV+, a service for original shows, also comes this fall in more than 100 countries.       | Halcyon TV+  | expected | 2024-11-30
            The larger Halcyon Jet is scheduled to start carrying passengers next year.                       | Halcyon Jet  | expected | 2025-12-31
            """)
    void readsAProductPutOnASchedule(String body, String product, String status, String to) {
        List<LaunchFact> found = find("Brightwell Systems makes chips for servers. " + body);
        List<String> expected = java.util.Arrays.stream(product.split(", ")).map(p -> p + " " + status + " " + to).toList();
        assertThat(found).extracting(LaunchFinderTest::dated)
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Kestrel Volt, the carmaker's first van, came out in March.                            | Kestrel Motors / Kestrel Volt released 2024-03-31
            Kestrel Motors said the Kestrel Volt went live on May 2 for fleet buyers.                 | Kestrel Motors / Kestrel Volt released 2024-05-02
            Kestrel Motors said the Kestrel Volt should reach European customers in 2026.             | Kestrel Motors / Kestrel Volt expected 2026-12-31
            Kestrel Motors said its Kestrel Volt will be in shops before the end of the year.         | Kestrel Motors / Kestrel Volt expected 2024-12-31
            Kestrel Motors began selling the Kestrel Volt last month.                                 | Kestrel Motors / Kestrel Volt released 2024-04-30
            Its best sellers were the Kestrel Volt and Kestrel Dash, both of which arrived in April.  | Kestrel Motors / Kestrel Volt released 2024-04-30, Kestrel Motors / Kestrel Dash released 2024-04-30
            Lumora Labs Inc makes headsets. Fleet buyers like the Lumora Vision 3, which Lumora Labs Inc released on May 2. | Lumora Labs Inc / Lumora Vision 3 released 2024-05-02
            Kestrel Motors aims to begin commercial cargo service in 2026.                            | Kestrel Motors / commercial cargo service expected 2026-12-31
            Kestrel Motors rolls out the Kestrel Volt in Spain on June 3.                            | Kestrel Motors / Kestrel Volt expected 2024-06-03
            Kestrel Motors said its Kestrel Skyhop would enter commercial service in 2026.            | Kestrel Motors / Kestrel Skyhop expected 2026-12-31
            Its film Moon Harbor premiered in cinemas on May 3.                                       | Kestrel Motors / Moon Harbor released 2024-05-03
            Kestrel Motors will launch its Parkinson's disease drug Kestrelin in Japan on June 3.     | Kestrel Motors / Kestrelin expected 2024-06-03
            The Kestrel Volt and the Kestrel Dash have been on pre-order since May 2 and arrive in stores on June 18. | Kestrel Motors / Kestrel Volt expected 2024-06-18, Kestrel Motors / Kestrel Dash expected 2024-06-18
            Its games "Moon Harbor" and "Deep Field 2", both released in April, sold well.          | Kestrel Motors / Moon Harbor released 2024-04-30, Kestrel Motors / Deep Field 2 released 2024-04-30
            The delay helps Kestrel Motors's Volt X, which Kestrel Motors has said will be in shops by December. | Kestrel Motors / Volt X expected 2024-12-31
            The Volt 9000 delivery vans, also built on the Kestrel Base 2 frame, are due in July as well. | Kestrel Motors / Volt 9000 expected 2024-07-31
            Kestrel Motors announced the Volt X, which will cost $45,000 and arrive in October.       | Kestrel Motors / Volt X expected 2024-10-31
            Kestrel Motors will launch its drone delivery service next month.                        | Kestrel Motors / drone delivery service expected 2024-06-30
            Kestrel Motors pushed the launch of the Volt X to the first quarter of 2025.              | Kestrel Motors / Volt X delayed 2025-03-31
            Kestrel Motors delayed the Volt X to March.                                               | Kestrel Motors / Volt X delayed 2025-03-31
            Kestrel Motors is delaying the launch of its Volt X van to September.                     | Kestrel Motors / Volt X delayed 2024-09-30
            Kestrel Motors deferred the Volt X launch to 2026.                                         | Kestrel Motors / Volt X delayed 2026-12-31
            Kestrel Motors brought its Volt X to Brazil in April.                                     | Kestrel Motors / Volt X released 2024-04-30
            """)
    void findsLaunchesOfArrivalsStartsAndRelatives(String body, String launches) {
        List<LaunchFact> found = find("Kestrel Motors makes vans. " + body);
        assertThat(found).extracting(LaunchFinderTest::reading)
                .containsExactly(launches.split(", "));
    }

    @Test
    void readsANewDateInAStoryOfASlipAsADelay() {
        List<LaunchFact> found = find("Kestrel Motors has pushed back its first van again. "
                + "The Kestrel Volt will now be released on March 3, 2025, the carmaker said.");
        assertThat(found).extracting(LaunchFinderTest::dated)
                .containsExactly("Kestrel Volt delayed 2025-03-03");
    }

    @Test
    void pairsEachProductOfARoadmapWithItsOwnTimePhrase() {
        List<LaunchFact> found = find("Brightwell Systems will ship the Halcyon 2 in the fourth quarter, "
                + "the Halcyon 3 next year and the Halcyon 4 in 2026.");
        assertThat(found).extracting(l -> l.product() + " " + l.window().to()).containsExactly(
                "Halcyon 2 2024-12-31", "Halcyon 3 2025-12-31", "Halcyon 4 2026-12-31");
    }

    @Test
    void givesEachSuccessorOfAFollowedByListItsOwnYear() {
        List<LaunchFact> found = find("Brightwell Systems makes chips. The Halcyon 2 will be followed by the "
                + "Halcyon 3 series in 2025, built on a new process, and by the Halcyon 4 series in 2026.");
        assertThat(found).extracting(l -> l.product() + " " + l.window().to())
                .containsExactly("Halcyon 3 2025-12-31", "Halcyon 4 2026-12-31");
    }

    @Test
    void givesAProductAnnouncedByAnExecutiveToHisEmployer() {
        List<LaunchFact> found = find("Marta Quell, the chief executive of Tessaly Robotics, spoke on Monday. "
                + "Quell said the Tessaly Arm 2 would go on sale in September.");
        assertThat(found).extracting(l -> l.company() + " / " + l.product())
                .containsExactly("Tessaly Robotics / Tessaly Arm 2");
    }

    @Test
    void givesTheSameDayTheWindowOfThePreviousLaunch() {
        List<LaunchFact> found = find("Lumora Labs will release the Lumora Vision 3 on June 4. "
                + "Starfield Racer, a new game for the headset, goes on sale the same day.");
        assertThat(found).extracting(l -> l.product() + " " + l.window().to())
                .containsExactly("Lumora Vision 3 2024-06-04", "Starfield Racer 2024-06-04");
    }

    @Test
    void readsAPluralSubjectAsTheProductsTheLastSentencesHadAsSubjects() {
        List<LaunchFact> found = find("Zenith Mobile showed its new phones on Monday. The Zenfone 12 starts at $799 and "
                + "the larger Zenfone 12 Plus at $899; both move to the Z5 chip. The Zenfone 12 Pro and Zenfone 12 Pro "
                + "Max get bigger screens and the Z5 Pro. Orders open on Friday, and all four models go on sale on June 20.");
        assertThat(found).extracting(LaunchFinderTest::reading)
                .containsExactlyInAnyOrder(
                        "Zenith Mobile / Zenfone 12 expected 2024-06-20",
                        "Zenith Mobile / Zenfone 12 Plus expected 2024-06-20",
                        "Zenith Mobile / Zenfone 12 Pro expected 2024-06-20",
                        "Zenith Mobile / Zenfone 12 Pro Max expected 2024-06-20");
    }

    @Test
    void readsBothAsTheTwoProductsNamedLast() {
        List<LaunchFact> found = find("Tidewave Inc showed the Harbor 5 and Harbor 5 Pro on Tuesday. "
                + "Both go on sale next month.");
        assertThat(found).extracting(LaunchFinderTest::dated)
                .containsExactlyInAnyOrder("Harbor 5 expected 2024-06-30", "Harbor 5 Pro expected 2024-06-30");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            All of the new products can be ordered from today and will be in stores on June 18.
            Both products will be in stores on June 18.
            All the devices will be in stores on June 18.
            """)
    void readsAPluralReferenceWithANounAsTheProductsShownBefore(String reference) {
        assertThat(find("Tidewave Inc showed the Harbor 7 and the Harbor 7 Pro on Tuesday. " + reference))
                .extracting(LaunchFinderTest::dated)
                .containsExactlyInAnyOrder("Harbor 7 expected 2024-06-18", "Harbor 7 Pro expected 2024-06-18");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kestrel Motors said its Volt X and Volt S vans would arrive in showrooms in September.  | Volt X expected,Volt S expected
            Harbor Foods was helped by the Crispo Max and Crispo Lite snacks that went on sale in April. | Crispo Max released,Crispo Lite released
            Last month Nuvia Labs released o3-lite and o3-max, its first reasoning models.            | o3-lite released,o3-max released
            Nuvia Labs also plans to release Nova 5 mini and Nova 5 nano versions in August.          | Nova 5 mini expected,Nova 5 nano expected
            Nuvia Labs plans to offer smaller Nova 5 mini and Nova 5 nano versions to developers.      | Nova 5 mini expected,Nova 5 nano expected
            Kestrel Motors on Sunday unveiled its first electric scooters, the Zip 1 and the Zip 1 Pro. | Zip 1 released,Zip 1 Pro released
            Kestrel Inc on Tuesday unveiled the Volt 9, priced from $699, and the Volt 9 Pro.         | Volt 9 released,Volt 9 Pro released
            Kestrel Inc on Tuesday unveiled the Volt 10, which adds a stylus, for $129, and the Volt 10 Pro. | Volt 10 released,Volt 10 Pro released
            Kestrel Inc on Tuesday unveiled the Volt Pen for $129 and a thinner Volt Board from $299. | Volt Pen released,Volt Board released
            Harbor Trucks launched the Hauler 25R and Hauler 31R, rigid trucks for long-distance haulage, and the Hauler 25C in May. | Hauler 25R released,Hauler 25C released,Hauler 31R released
            """)
    void findsEveryProductOfACoordinatedSubjectOrObject(String body, String expected) {
        assertThat(find(body)).extracting(l -> l.product() + " " + l.status())
                .containsExactlyInAnyOrder(expected.split(","));
    }

    @Test
    void givesEachCoordinatedCompanyItsOwnUnnamedLaunch() {
        assertThat(find("Sprint Mobile and Telora Networks both plan to launch their own 5G networks later this year."))
                .extracting(l -> l.company() + " / " + l.product())
                .containsExactly("Sprint Mobile / 5G networks", "Telora Networks / 5G networks");
        assertThat(find("Tencent backs start-ups including NextAuto and Future Motors, a venture that aims to launch "
                + "a self-driving electric car before 2020.")).extracting(LaunchFact::company)
                .containsExactly("Future Motors");
    }

    /** The maker the shipped company model admits where the rules alone leave the name open. */
    @Test
    void readsAMakerTheShippedModelAdmits() {
        String body = "The feature runs on Kora Pay, the payment system Kora Inc introduced in the United States last November.";

        assertThat(find(body, new CompanyFinder()))
                .extracting(l -> l.company() + " / " + l.product() + " " + l.status())
                .containsExactly("Kora Inc / Kora Pay released");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The deal would help Agentis, the AI agent platform Corvid Software released last October.               | Corvid Software / Agentis released
            In Ethiopia, Tala Telecom switched on its mobile network in October last year.                          | Tala Telecom / mobile network released
            Veldt Media will relaunch its Streamo streaming service in February with a mobile-only plan.           | Veldt Media / Streamo expected
            Nuvia Labs said it was putting off the launch of its Nova 6 model until next year.                     | Nuvia Labs / Nova 6 delayed
            On Monday, Beijing-based Moonshot Labs released Kimi K9, a model that beat the Nova 6 from Nuvia Labs. | Moonshot Labs / Kimi K9 released
            Tala Telecom, which is part-owned by Vodacom and Vodafone, launched Pesa Go in Kenya in March 2007.    | Tala Telecom / Pesa Go released
            Nuvia Labs planned to launch a model code-named Orion by December.                                     | Nuvia Labs / Orion expected
            Nuvia Labs also plans to offer the Nova 6 mini model to developers in August.                          | Nuvia Labs / Nova 6 mini expected
            Kestrel Motors expects to offer Autopilot Pro in its existing Volt 8 next year.                       | Kestrel Motors / Autopilot Pro expected
            Kestrel Motors brought the Volt Ring, its first smart ring, to stores in July.                        | Kestrel Motors / Volt Ring released
            Shares of Tessera Games fell after its Redwood Studios studio pushed back Starfall 6 to November.      | Redwood Studios / Starfall 6 delayed
            Nuvia Labs is preparing the launch of the Helix Fold.                                                  | Nuvia Labs / Helix Fold expected
            Kestrel Motors is developing its own eVTOL aircraft, the Skyhopper.                                    | Kestrel Motors / Skyhopper expected
            Nuvia Labs is still working on Nova 7, a larger model, people familiar with the matter said.           | Nuvia Labs / Nova 7 expected
            Kestrel Telecom, backed by Nuvia Labs and Harbor Tech, plans to launch Kestrel Net in 2025.            | Kestrel Telecom / Kestrel Net expected
            Tarro Aviation said a rival engine, the QX500 built by the five-nation Helix Engines AG, is expected to enter service next year. | Helix Engines AG / QX500 expected
            Korvo Holdings Plc said its newest processor design, the Vela-A74, is expected to appear in smartphones early next year. | Korvo Holdings Plc / Vela-A74 expected
            Marlo Toys Inc said the Zip Racer will appear in stores in May.                                         | Marlo Toys Inc / Zip Racer expected
            Zentro Electronics Co said sales rose, while the launch of its folding phone, the Orva Fold, was postponed this week. | Zentro Electronics Co / Orva Fold delayed
            """)
    void readsTheMakerAndStatusOfLessCommonConstructions(String body, String expected) {
        assertThat(find(body)).extracting(l -> l.company() + " / " + l.product() + " " + l.status())
                .containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Marlin Corp's Opal 9, due out in March, will cost $300.                                  | Opal 9 expected 2025-03-31
            Harbor Tech will add the Zen Fold, slated for a September release, to its range.        | Zen Fold expected 2024-09-30
            Nuvia Labs said the Nova 7 model, expected later this year, would be larger.            | Nova 7 expected 2024-12-31
            The Ravel X, scheduled for release in the second half, uses the new chip, Ravel Inc said. | Ravel X expected 2024-12-31
            """)
    void readsAScheduleSetOffAfterTheProductsName(String body, String expected) {
        assertThat(find(body)).extracting(LaunchFinderTest::dated)
                .containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Shares of Tarbo Inc, expected in the first quarter, rose.
            Sales of the Helix phone, expected to top 5 million, rose, Helix Corp said.
            """)
    void readsNoScheduleIntoAnAsideAboutSomethingElse(String body) {
        assertThat(find(body)).isEmpty();
    }

    @Test
    void readsAPresentTenseHeadlineAsWhatHappened() {
        List<ParsedSentence> sentences = Texts.parse("Tala Telecom switches on its Tala Money mobile money service in Ethiopia",
                "Customers can now send money by phone, the company said.");
        assertThat(new LaunchFinder().find(sentences, COMPANIES.find(sentences), PUBLISHED))
                .extracting(l -> l.product() + " " + l.status()).containsExactly("Tala Money released");
    }

    @Test
    void readsAHeadlineThatSetsADateAsASchedule() {
        List<ParsedSentence> sentences = Texts.parse("Zentro sets Sept. 6 Korean launch for reworked Orva Fold",
                "Zentro Electronics Co. makes phones.");
        assertThat(new LaunchFinder().find(sentences, COMPANIES.find(sentences), PUBLISHED))
                .extracting(LaunchFinderTest::dated).containsExactly("Orva Fold expected 2024-09-06");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Marlo Toys Inc said its chief executive will appear in court in May.
            The weather put off buyers of the Nova 6 phone from Nuvia Labs.
            Critics turned on the chairman of Nuvia Labs at the meeting.
            The Nova 6 deal brought Nuvia Labs to a record high in May.
            Nuvia Labs offers its Nova 6 model to business customers.
            Nuvia Labs said the launch of the Helix Fold was a success.
            Nuvia Labs has spent 2 bln dlrs developing the Helix chip since 2021.
            Orbion Bank offered 5 million new shares to investors at $10 each.
            Kestrel Motors launched new PCs in May.
            Kestrel Inc's fund, which chief executive Jane Moss launched in March, invests in start-ups.
            """)
    void findsNoLaunchInLookAlikes(String body) {
        assertThat(find(body)).isEmpty();
    }

    @Test
    void givesEveryItemOfAListTheMakerWrittenBeforeTheFirst() {
        assertThat(find("Harbor Tech sells phones. Kestrel Inc's Volt Pad 5 and Volt Book 3 have been on pre-order "
                + "since May 20 and arrive in stores on June 18.")).extracting(l -> l.company() + " / " + l.product())
                .containsExactlyInAnyOrder("Kestrel Inc / Volt Pad 5", "Kestrel Inc / Volt Book 3");
        assertThat(find("Kestrel Inc sells tablets. Harbor Tech sells phones. The Volt Pad 5 from Kestrel Inc goes on sale on June 18."))
                .extracting(l -> l.company() + " / " + l.product()).containsExactly("Kestrel Inc / Volt Pad 5");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kestrel Motors unveiled the Volt 8 on Monday. It goes on sale in September.                  | Volt 8 expected 2024-09-30
            Kestrel Motors unveiled the Volt 6 on Monday. Deliveries of the Volt 6 will begin in early 2026. | Volt 6 expected 2026-03-31
            Kestrel Motors unveiled the Volt 7 on Monday. The new scooter can be ordered from today and will be in stores on September 2. | Volt 7 expected 2024-09-02
            Lumora Labs unveiled Fizz Zero on Thursday and said the low-calorie soda would reach stores next month. | Fizz Zero expected 2024-06-30
            Lumora Labs unveiled its Lumora Z9 chips on Monday. They will be available in July.         | Lumora Z9 expected 2024-07-31
            Lumora Labs unveiled its Lumora Z9 chips on Monday. The chips go on sale in July.           | Lumora Z9 expected 2024-07-31
            """)
    void readsTheNextSentenceOfAnUnveilingAsTheProductsLaunch(String body, String expected) {
        assertThat(find(body)).filteredOn(l -> l.status().name().equals("expected"))
                .extracting(LaunchFinderTest::dated).containsExactly(expected);
    }

    @Test
    void datesAPluralArrivalByItsOwnClauseNotAnEarlierPastOne() {
        assertThat(find("Kestrel Motors unveiled the Volt 3 and the Volt 3 Pro on Monday. Orders opened right away, "
                + "and the scooters reach stores on June 20.")).extracting(LaunchFinderTest::dated)
                .containsExactlyInAnyOrder("Volt 3 expected 2024-06-20", "Volt 3 Pro expected 2024-06-20");
    }

    @Test
    void readsAPluralReferenceOnlyForOneProductNamedWithThatPlural() {
        assertThat(find("Lumora Labs unveiled its Lumora Z9 chips on Monday. The phones go on sale in July."))
                .extracting(l -> l.product() + " " + l.status()).containsExactly("Lumora Z9 released");
        assertThat(find("Lumora Labs unveiled its Lumora Z9 on Monday. They go on sale in July."))
                .extracting(l -> l.product() + " " + l.status()).containsExactly("Lumora Z9 released");
    }

    @Test
    void keepsAProductShownNowAndOnSaleLaterExpectedOnly() {
        assertThat(find("Kestrel Motors on Sunday unveiled the Zip 1 and the Zip 1 Pro. Both scooters go on sale on "
                + "September 8.")).extracting(LaunchFinderTest::dated)
                .containsExactlyInAnyOrder("Zip 1 expected 2024-09-08", "Zip 1 Pro expected 2024-09-08");
        assertThat(find("Kestrel Motors launched the Zip 1 in March. The Zip 1 reaches Europe in September."))
                .extracting(l -> l.product() + " " + l.status()).contains("Zip 1 released");
    }

    @Test
    void readsACompanyLaunchingInNewMarketsAsItsUnnamedService() {
        assertThat(find("Tala Telecom, which has 5 million users in Kenya, will launch in Ghana, Nigeria and Egypt in October."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Tala Telecom / Tala Telecom service in Ghana, Nigeria and Egypt expected 2024-10-31");
        assertThat(find("Tala Telecom, launched in Kenya in 2018, sells phones in Ghana.")).isEmpty();
    }

    @Test
    void readsEachRouteACarrierStartsAsALaunch() {
        assertThat(find("Skyline Airways will start daily flights to Delhi and Las Vegas next year, it said."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Skyline Airways / daily flights to Delhi expected 2025-12-31",
                        "Skyline Airways / daily flights to Las Vegas expected 2025-12-31");
    }

    @Test
    void readsRoutesBetweenPlacesAndToPlacesTheLexiconLacks() {
        assertThat(find("Skyline Airways began the first non-stop passenger service between East Africa and the "
                + "United States on Monday."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Skyline Airways / first non-stop passenger service between East Africa and the "
                        + "United States released 2024-05-06");
        assertThat(find("Skyline Airways will start non-stop flights to Kestrelton on October 11."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("non-stop flights to Kestrelton expected 2024-10-11");
        assertThat(find("Skyline Airways puts off full commercial start of satellite phone service to Nov 1."))
                .extracting(LaunchFact::product)
                .doesNotContain("of satellite phone service to Nov");
    }

    @Test
    void readsTheDatedItemsOfASlateAfterIncludesOrBeginsWith() {
        assertThat(find("Kestrel Pictures said its summer slate begins with Harbor Lights on June 7 and includes "
                + "Night Ferry on July 19 and Glass Orchard on Aug. 23."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Kestrel Pictures / Harbor Lights expected 2024-06-07",
                        "Kestrel Pictures / Night Ferry expected 2024-07-19",
                        "Kestrel Pictures / Glass Orchard expected 2024-08-23");
        assertThat(find("Kestrel Games' slate for the rest of the year includes Sky Ranch on Sept. 6 and Tide Runner on Nov. 8."))
                .extracting(l -> l.product() + " " + l.window().to())
                .containsExactly("Sky Ranch 2024-09-06", "Tide Runner 2024-11-08");
    }

    @Test
    void readsTheMembersARangeListsInItsOwnSentence() {
        assertThat(find("Kestrel Games put the Orbit console on sale on Monday. Two games went on sale with the console, "
                + "Harbor Racer and Sky Ranch, both based on its arcade hits."))
                .extracting(l -> l.product() + " " + l.status())
                .containsExactly("Orbit released", "Harbor Racer released", "Sky Ranch released");
        assertThat(find("Kestrel Games released a set of games with the console on the same day, led by its own Tide "
                + "Runner and Glass Orchard."))
                .extracting(LaunchFact::product)
                .contains("Tide Runner", "Glass Orchard");
        assertThat(find("Kestrel Games will release two games next month, Kestrel said, and Orbit later."))
                .extracting(LaunchFact::product)
                .doesNotContain("Orbit");
    }

    @Test
    void readsTheProductOfAnUnveilingAsTheItOfTheReportThatFollows() {
        assertThat(find("Lumora Labs unveiled the Lumora Vision 3 on Monday and said it would go on sale on June 24."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("Lumora Vision 3 expected 2024-06-24");
        assertThat(find("Lumora Labs bought Orbit Inc on Monday and said it would close the plant.")).isEmpty();
        assertThat(find("Lumora Labs unveiled the Lumora Deck on Thursday, a handheld that plays games from its Lumora "
                + "Play store, and said it would start shipping in December."))
                .extracting(l -> l.product() + " " + l.status())
                .containsExactly("Lumora Deck expected");
    }

    @Test
    void readsAStoreOrServiceOpenedUnderANameThatSaysWhatItIs() {
        assertThat(find("Lumora Labs opened its Lumora App Store on Thursday, an online shop for programs."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("Lumora App Store released 2024-05-09");
        assertThat(find("Lumora Labs opened the eLumora Music Store on Monday."))
                .extracting(LaunchFact::product)
                .containsExactly("eLumora Music Store");
        assertThat(find("Lumora Labs opened the Lumora Tower on Monday.")).isEmpty();
    }

    @Test
    void readsABanksUnnamedProductsByTheirHeads() {
        assertThat(find("Kestrel Bank said it will launch a digital bank in Ghana next year."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("digital bank expected 2025-12-31");
        assertThat(find("Kestrel Bank will introduce a savings account for children next month."))
                .extracting(LaunchFact::product)
                .containsExactly("savings account");
        assertThat(find("Kestrel Bank introduced a buy-now-pay-later service on Wednesday."))
                .extracting(l -> l.product() + " " + l.status())
                .containsExactly("buy-now-pay-later service released");
    }

    @Test
    void readsANewBankOpeningAsItsOwnLaunch() {
        assertThat(find("Kestrel Bank opened on May 6 and signed up 50,000 customers in its first week."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Kestrel Bank / Kestrel Bank released 2024-05-06");
        assertThat(find("Lumora Digital Bank, the mobile-only bank set up by Kestrel Telecom and Orbit Retail, will open "
                + "to customers on June 3 with a savings account."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Lumora Digital Bank / Lumora Digital Bank expected 2024-06-03");
        assertThat(find("Kestrel Bank opened in 2023 and opened at 9 a.m. on Monday in Lagos."))
                .extracting(l -> l.product() + " " + l.status())
                .contains("Kestrel Bank released");
        assertThat(find("Kestrel Payments Bank will start operations on June 21, the company said."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("Kestrel Payments Bank expected 2024-06-21");
    }

    @Test
    void readsABankOpeningPastAnAsideWithCommasAndALegalForm() {
        assertThat(find("Lumora Bank, the mobile lender set up by Kestrel Telecom, the company behind the Kestrel Pay "
                + "wallet, opened for business on Tuesday."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Lumora Bank / Lumora Bank released 2024-05-07");
        assertThat(find("Kestrel Net Bank Ltd, the country's first bank to work only online, opened for business on Thursday."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Kestrel Net Bank Ltd / Kestrel Net Bank released 2024-05-09");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kestrel Telecom opened its internet bank on Monday, the first run by a phone company.  | Kestrel Telecom / internet bank released 2024-05-06
            Lumora Labs opened its banking app to customers on Tuesday.                            | Lumora Labs / banking app released 2024-05-07
            Orbit Retail opened its Kenyan online store on Tuesday with two million products.      | Orbit Retail / Kenyan online store released 2024-05-07
            """)
    void readsABankAnAppOrAnOnlineStoreOpenedAsAService(String body, String expected) {
        assertThat(find(body)).extracting(LaunchFinderTest::reading)
                .containsExactly(expected);
    }

    @Test
    void readsNoServiceInAStoreOpenedInAStreet() {
        assertThat(find("Orbit Retail opened its store in Nairobi on Friday.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kestrel Motors said its Volt 9 will go on sale on Dec. 26, about two months later than the company first intended. | Volt 9 delayed 2024-12-26
            Lumora Labs will launch Lumora Pay on Aug. 31, later than the June start it had pointed to.                        | Lumora Pay delayed 2024-08-31
            Tala Telecom will release Kestrel Pay on Feb. 14, 2025, rather than on Nov. 15 as planned.                         | Kestrel Pay delayed 2025-02-14
            Nuvia Games said Starfall 6 will reach stores this summer after being pushed back from March.                     | Starfall 6 delayed 2024-08-31
            Kestrel Telecom had planned to open its network in January but now expects to launch Kestrel Net in June.         | Kestrel Net delayed 2024-06-30
            Kestrel Motors will now put the Volt 9 on sale in October instead of in March.                                     | Volt 9 delayed 2024-10-31
            Kestrel Motors will put the Volt 9 on sale in October instead of the Volt 7.                                       | Volt 9 expected 2024-10-31
            Kestrel Motors will launch the Volt 9 in June, later than analysts had forecast.                                   | Volt 9 expected 2024-06-30
            """)
    void readsADateLaterThanThePlanAsADelay(String body, String expected) {
        assertThat(find(body)).extracting(LaunchFinderTest::dated)
                .containsExactly(expected);
    }

    @Test
    void readsANewDateSaidAfterAPostponementAsTheDelay() {
        assertThat(find("Kestrel Motors has postponed the launch of its Volt 9 in China, which had been set for May 20, "
                + "and now says the car will reach Chinese showrooms before the end of the year."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("Volt 9 delayed 2024-12-31");
    }

    @Test
    void readsAProductShownNowAndSoldLaterByTheHeadlineAsExpectedOnly() {
        List<ParsedSentence> sentences = Texts.parse("Kestrel Motors unveils Volt 9 scooter; deliveries to start in December",
                "Kestrel Motors on Tuesday unveiled its first electric scooter, the Volt 9.");
        assertThat(new LaunchFinder().find(sentences, COMPANIES.find(sentences), PUBLISHED))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("Volt 9 expected 2024-12-31");
    }

    @Test
    void readsTheFirstOneACustomerTakesAsItsMakersLaunch() {
        assertThat(find("Skyward Aerospace builds jets. Tala Air took delivery of the first Skyward Aerospace S90 on Monday."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Skyward Aerospace / Skyward Aerospace S90 released 2024-05-06");
        assertThat(find("Tala Air took title to the first production Skyhopper 7 from Skyward Aerospace on Monday."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Skyward Aerospace / Skyhopper 7 released 2024-05-06");
        assertThat(find("Skyward Aerospace builds jets. Tala Air took delivery of its first Skyward Aerospace S90 on Monday."))
                .isEmpty();
        assertThat(find("Tala Air took delivery of the first Skyhopper 7 on Monday.")).isEmpty();
    }

    @Test
    void readsTheMembersACountedSubjectListsAfterTheVerb() {
        assertThat(find("Nuvia Games makes consoles. Four cartridges went on sale alongside the machine on Friday, "
                + "among them Starfall 6 and Skyrise."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("Starfall 6 released 2024-05-10", "Skyrise released 2024-05-10");
        assertThat(find("Nuvia Games makes consoles. Two analysts said the console will go on sale in June, including Jane Moss."))
                .extracting(LaunchFact::product)
                .doesNotContain("Jane Moss");
    }

    @Test
    void readsNoLaunchInAPlanTheCompanyHadMeantToKeep() {
        assertThat(find("Kestrel Telecom had meant to open Kestrel Net in January, but equipment delays held it up.")).isEmpty();
    }

    @Test
    void readsTheSubjectOfAnArrivalAlongsideAnotherProduct() {
        assertThat(find("Nuvia Games' Starfall 6 will no longer arrive alongside the Nuvia Box this holiday season."))
                .extracting(l -> l.product() + " " + l.status())
                .containsExactly("Starfall 6 denied");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lumora Labs has not set a release date for Lumora Vision 3, which is still being tested.   | Lumora Labs / Lumora Vision 3 expected
            Nuvia Games showed Starfall 6. Its next game, Skyrise 2077, is in development but has no release date. | Nuvia Games / Skyrise 2077 expected
            Starfall 6 still has no release date, Nuvia Games said.                                     | Nuvia Games / Starfall 6 expected
            Nuvia Games said Jane Moss would star in a new Skyrise film, which has no release date.     | Nuvia Games / Skyrise expected
            """)
    void readsAProductWithNoReleaseDateAsExpectedWithNoWindow(String body, String expected) {
        assertThat(find(body)).filteredOn(l -> l.window() == null)
                .extracting(l -> l.company() + " / " + l.product() + " " + l.status())
                .containsExactly(expected);
    }

    @Test
    void readsAOneWordNameThatOpensASentenceOnlyWhenNoDictionaryHasIt() {
        assertThat(find("Lumora Labs cut its prices on Monday. Silverline will go on sale in June, Lumora Labs said."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Lumora Labs / Silverline expected 2024-06-30");
        assertThat(find("Lumora Labs cut its prices on Monday. Orders will open on Friday, Lumora Labs said.")).isEmpty();
        assertThat(find("Kestrel Motors builds vans. Production will start in July, Kestrel Motors said.")).isEmpty();
    }

    @Test
    void readsAProductThatComesToAMarket() {
        assertThat(find("Tala Telecom said its Kestrel Pay wallet will come to Ghana next year."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Tala Telecom / Kestrel Pay expected 2025-12-31");
        assertThat(find("Tala Telecom chief executive Jane Moss will come to India next week.")).isEmpty();
    }

    @Test
    void readsAShortNameInCapitalsAfterANamingWord() {
        assertThat(find("Nuvia Games said its next console, code-named NX, will go on sale in March 2025."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Nuvia Games / NX expected 2025-03-31");
    }

    @Test
    void readsNoBankOpeningInAPriceOrAnObject() {
        assertThat(find("Shares of Kestrel Bank opened 2 percent higher on Monday.")).isEmpty();
        assertThat(find("Kestrel Bank opened an office in Riyadh on Monday.")).isEmpty();
        assertThat(find("Kestrel Bank opened at 41.20 dollars on Monday.")).isEmpty();
    }

    @Test
    void readsEachRouteOfACoordinationWithItsOwnDate() {
        assertThat(find("Skyline Airways will start daily Lagos-Accra flights on June 3 and Lagos-Dakar flights on June 17."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("daily Lagos-Accra flights expected 2024-06-03", "Lagos-Dakar flights expected 2024-06-17");
        assertThat(find("Skyline Airways will add daily flights to Kano from June 3 and to Abuja from June 24."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("daily flights to Kano expected 2024-06-03", "daily flights to Abuja expected 2024-06-24");
    }

    @Test
    void readsRoutesStartedByAddOperatePlanAndFlying() {
        assertThat(find("Skyline Airways plans its first flight from Lagos to Kestrelton on June 2."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Skyline Airways / first flight from Lagos to Kestrelton expected 2024-06-02");
        assertThat(find("Skyline Airways will operate its first flight on June 14."))
                .extracting(l -> l.product() + " " + l.status())
                .containsExactly("first flight expected");
        assertThat(find("Skyline Airways flew its first commercial service on Monday."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("first commercial service released 2024-05-06");
        assertThat(find("Skyline Airways will begin flying from Lagos to Kestrelton on June 9."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("flights from Lagos to Kestrelton expected 2024-06-09");
    }

    @Test
    void readsARouteNamedAsTheSubject() {
        assertThat(find("Skyline Airways flew its first passengers on Monday. Flights to Kestrelton will start on June 4."))
                .extracting(LaunchFinderTest::dated)
                .contains("Flights to Kestrelton expected 2024-06-04");
        assertThat(find("Skyline Airways flew its first passengers on Monday. A daily Lagos-Accra service begins on June 15."))
                .extracting(LaunchFinderTest::dated)
                .contains("daily Lagos-Accra service expected 2024-06-15");
        assertThat(find("Skyline Airways said its non-stop service between Lagos and Kestrelton, which starts later this "
                + "month, will take six hours."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Skyline Airways / non-stop service between Lagos and Kestrelton expected 2024-05-31");
    }

    @Test
    void readsNoRouteWithoutWhereItGoes() {
        assertThat(find("Skyline Airways will add a new service to help business travellers in June.")).isEmpty();
        assertThat(find("Skyline Airways flew 3 million passengers on its domestic flights in 2023.")).isEmpty();
        assertThat(find("Skyline Airways will operate more flights on its busiest routes from June.")).isEmpty();
        assertThat(find("Skyline Airways will start charter flights from Lagos's new terminal on June 3."))
                .extracting(LaunchFact::product)
                .doesNotContain("charter flights from Lagos's");
    }

    @Test
    void readsPassengersCarriedAsAServiceStarting() {
        assertThat(find("Skyline Airways began flying paying passengers on Thursday, when its first jet left Lagos."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Skyline Airways / paying passenger service released 2024-05-09");
        assertThat(find("Skyline Airways, the new national airline, flew its first scheduled passengers on Wednesday."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("first scheduled passenger service released 2024-05-08");
    }

    @Test
    void readsANewStoreOrServiceThatIsTheSubject() {
        assertThat(find("Skyline Airways began flying paying passengers on Thursday. A Lagos-Accra service will begin "
                + "on September 7."))
                .extracting(LaunchFinderTest::dated)
                .contains("Lagos-Accra service expected 2024-09-07");
        assertThat(find("A store at the Palladium mall in Mumbai will open in the coming weeks, Lumora Retail said."))
                .extracting(l -> l.company() + " / " + l.product() + " " + l.status())
                .containsExactly("Lumora Retail / store at the Palladium mall in Mumbai expected");
        assertThat(find("The service will begin on September 7, Lumora Retail said.")).isEmpty();
    }

    @Test
    void aWindowFoundInALaterSentenceBringsThatSentenceAsEvidence() {
        assertThat(find("Lumora Labs plans to release the Lumora 3 headset. The Lumora 3 will go on sale in September, "
                + "the company said."))
                .extracting(l -> l.windowText() + " / " + l.evidence())
                .containsExactly("in September / The Lumora 3 will go on sale in September, the company said.");
    }

    @Test
    void aCompanyAfterADashIsTheSubjectOfItsClause() {
        // "the model" Lumora Labs released is its own, not the one Kestrel Labs rolled out before
        assertThat(find("Kestrel Labs was the surprise at the start of the year when it rolled out an AI model that "
                + "cost little to build. Days after Kestrel Labs made headlines in late January, Lumora Labs rushed out "
                + "Lumora Max. What made this move notable was its timing – Lumora Labs released the model during the "
                + "holiday."))
                .extracting(l -> l.company() + " / " + l.product() + " / " + l.evidence().substring(0, 13))
                .containsExactlyInAnyOrder("Kestrel Labs / AI model / Kestrel Labs ", "Lumora Labs / Lumora Max / Days after Ke");
    }

    @Test
    void aNameAfterAsThatOwnsSomethingIsNoNameTheProductIsSoldUnder() {
        assertThat(find("Kestrel Motors puts the Kestrel Gol on sale as the Beetle's Brazilian heir on Monday."))
                .extracting(LaunchFact::product)
                .doesNotContain("Beetle");
    }

    @Test
    void readsSubjectsPastTheirAsides() {
        assertThat(find("Lumora Labs said the Lumora Chip 5, its first server part built only from small cores, with up to "
                + "96 cores, is due in the fourth quarter.")).extracting(l -> l.product() + " " + l.window().to())
                .containsExactly("Lumora Chip 5 2024-12-31");
        assertThat(find("Lumora Labs showed its roadmap. Lumora Chip 6, the first part on its new process, and Lumora Chip 7, "
                + "a design for thin laptops, will come out next year.")).extracting(l -> l.product() + " " + l.window().to())
                .containsExactly("Lumora Chip 6 2025-12-31", "Lumora Chip 7 2025-12-31");
    }

    @Test
    void readsWhatACompanyIsPreparingAsExpected() {
        assertThat(find("Norwind Technologies is also preparing Norwind Maps, a navigation service for its phones."))
                .extracting(l -> l.company() + " / " + l.product() + " " + l.status() + " " + l.window())
                .containsExactly("Norwind Technologies / Norwind Maps expected null");
    }

    @Test
    void readsTheNamesListedAfterAColonAsTheKindsMembers() {
        assertThat(find("Lumora Labs will release three new laptops: the Aero 13, the Aero 15 and the Aero 17, in June."))
                .extracting(l -> l.product() + " " + l.window().to())
                .containsExactly("Aero 13 2024-06-30", "Aero 15 2024-06-30", "Aero 17 2024-06-30");
        // one name after the colon opens a clause of its own: it is no member of a list
        assertThat(find("Kestrel Games will ship the console without the game it had planned as its showpiece: Star Farm, "
                + "from its Oslo studio, was put off to 2025.")).extracting(l -> l.product() + " " + l.status())
                .doesNotContain("Star Farm expected");
    }

    @Test
    void readsAFirstRestaurantAndALongServiceNameAsLaunches() {
        assertThat(find("Pizza Harbor Corp opened its first restaurant in Lagos on Thursday, a two-floor outlet near the port."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Pizza Harbor Corp / first restaurant released 2024-05-09");
        assertThat(find("Tala Mobile Inc opened the first commercial satellite telephone service in Kenya on Monday."))
                .extracting(l -> l.product() + " " + l.status())
                .containsExactly("first commercial satellite telephone service released");
    }

    @Test
    void readsADeniedSuccessorOfANamedProduct() {
        assertThat(find("Kestrel Games will not unveil a successor to its Kestrel Box console at the trade show in June, "
                + "its chief executive said.")).extracting(LaunchFinderTest::dated)
                .containsExactly("successor to Kestrel Box denied 2024-06-30");
    }

    @Test
    void readsADateOncePlannedAsNoWindowOfADelay() {
        assertThat(find("Kestrel Media has put off the launch of its Kestrel+ streaming service in Brazil, which was due to "
                + "go live on May 29, because the football league was suspended."))
                .extracting(l -> l.product() + " " + l.status() + " " + l.window())
                .containsExactly("Kestrel+ delayed null");
    }

    @Test
    void readsItPutOnSaleAsTheProductNamedLast() {
        assertThat(find("Kestrel Games is betting on its Nimbus 5 console. The Nimbus 5 console sold 300,000 units "
                + "in Japan last year. Kestrel Games will put it on sale in Europe on June 22."))
                .filteredOn(l -> l.status().name().equals("expected"))
                .extracting(l -> l.product() + " " + l.window().to()).containsExactly("Nimbus 5 2024-06-22");
    }

    @Test
    void readsTheUnitAnOwnersPossessiveIntroducesAsTheMaker() {
        assertThat(find("Kestrel Motor Corp's Indian unit, Kestrel Motor India Ltd, will launch a small sedan in March."))
                .extracting(l -> l.company() + " / " + l.product())
                .containsExactly("Kestrel Motor India Ltd / small sedan");
        assertThat(find("Kestrel Motor Corp's Indian unit, Kestrel Motor India Ltd, showed the Volt 9 hatchback on Monday "
                + "and said the car would go on sale in July."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Kestrel Motor India Ltd / Volt 9 expected 2024-07-31");
    }

    @Test
    void readsAListThatIsTheAppositionOfItsKind() {
        assertThat(find("Kestrel Phones Inc showed a new range. Kestrel also said its first folding phones, the Nimbus 3, "
                + "Nimbus 5 and Nimbus 7, will go on sale in the third quarter."))
                .extracting(l -> l.product() + " " + l.window().to())
                .containsExactly("Nimbus 3 2024-09-30", "Nimbus 5 2024-09-30", "Nimbus 7 2024-09-30");
        // names listed inside the apposition, and a person named by initials, are no products
        assertThat(find("Lumora Labs said Lumora TV, a service with films from the likes of Dana Whitfield, Carla Moss and "
                + "T.J. Harlow, comes this fall.")).extracting(LaunchFact::product).doesNotContain("Carla Moss", "T.J. Harlow");
    }

    @Test
    void readsWhatBecomesAvailableAndAFirstCoffeehouse() {
        assertThat(find("Lumora Labs said Lumora Server, the version for data centres, will become available in October."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("Lumora Server expected 2024-10-31");
        assertThat(find("Kestrel Coffee Co opened its first coffeehouse in Lagos on Monday."))
                .extracting(l -> l.product() + " " + l.status()).containsExactly("first coffeehouse released");
    }

    @Test
    void readsTheNameAProductIsSoldUnder() {
        assertThat(find("Kestrel Motors showed the Volt 8 in Detroit. In Japan the car will go on sale in October as the "
                + "Kestrel Breeze, through its own dealers.")).extracting(l -> l.product() + " " + l.window().to())
                .contains("Kestrel Breeze 2024-10-31");
        assertThat(find("Kestrel Motors said the Volt 8 will go on sale as early as October."))
                .extracting(LaunchFact::product).containsExactly("Volt 8");
    }

    @Test
    void readsNoProductIntoAPronounThatIsTheCompany() {
        assertThat(find("Kestrel Motors sells the Volt 8 in Europe. Kestrel Motors said it will launch in India next year."))
                .isEmpty();
    }

    @Test
    void readsTheProductNotTheOneItSucceeds() {
        assertThat(find("Lumora Labs will put Lumora OS 9 on retail shelves on June 25, ending talk of when the successor "
                + "to Lumora OS 8 would arrive.")).extracting(l -> l.product() + " " + l.window().to())
                .containsExactly("Lumora OS 9 2024-06-25");
        assertThat(find("Kestrel Phones denied that it would unveil a Kestrel X2 successor at the June show."))
                .extracting(LaunchFact::product).doesNotContain("Kestrel X2");
    }

    @Test
    void readsAModelNumberInsideADescription() {
        assertThat(find("Lumora Labs will ship the first 70486 chips to computer makers in the third quarter."))
                .extracting(l -> l.product() + " " + l.window().to()).containsExactly("70486 2024-09-30");
        assertThat(find("Tala Retail will open its first 100 stores in Ghana in the third quarter."))
                .extracting(LaunchFact::product).doesNotContain("100");
    }

    @Test
    void readsServicesSwitchedOnAndReleasesPutBack() {
        assertThat(find("Tala Rides Ltd switched on its ride-hailing app in Accra on Wednesday."))
                .extracting(l -> l.product() + " " + l.status()).containsExactly("ride-hailing app released");
        assertThat(find("Earlier this month Kestrel Games put back the worldwide release of its Kestrel Box console to November."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("Kestrel Box delayed 2024-11-30");
    }

    @Test
    void readsEveryProductOfAListPutOnSale() {
        assertThat(find("Kestrel Motors will put the Breeze sedan and the Gale hatchback on sale on Thursday."))
                .extracting(LaunchFact::product).containsExactly("Breeze", "Gale");
        assertThat(find("Lumora Labs said it would bring its cheaper Lumora 5 and the large-screen Lumora Max to India, "
                + "but gave no dates.")).extracting(LaunchFact::product).containsExactly("Lumora 5", "Lumora Max");
    }

    @Test
    void readsTheNameAProductWillBeSoldUnder() {
        assertThat(find("Kestrel Games plans to sell a version of the console in Europe next year under the name Kestrel "
                + "Entertainment System.")).extracting(l -> l.product() + " " + l.window().to())
                .containsExactly("Kestrel Entertainment System 2025-12-31");
        assertThat(find("Kestrel Motors plans to bring that car to Brazil next year under the Zephyr name."))
                .extracting(LaunchFact::product).containsExactly("Zephyr");
    }

    @Test
    void readsShowroomsAndMarketsAsPlacesNotProducts() {
        assertThat(find("Kestrel Motors said the Breeze Vista is due in showrooms later this year."))
                .extracting(l -> l.product() + " " + l.window().to()).containsExactly("Breeze Vista 2024-12-31");
        assertThat(find("Kestrel Games said its console reaches North American stores on November 21."))
                .extracting(LaunchFact::product).doesNotContain("North American");
    }

    @Test
    void readsADateOnceDueAsNoLaunch() {
        assertThat(find("Kestrel Aero said the Kestrel 170 was originally due to enter service in December 2022.")).isEmpty();
        assertThat(find("Lumora Labs said the players had been scheduled to reach U.S. stores in March.")).isEmpty();
    }

    @Test
    void readsADatedSlateAfterAColon() {
        assertThat(find("Kestrel Games ran through its calendar: Farm Quest on June 4, Sky Quest for consoles on July 9 "
                + "and Deep Quest on August 20.")).extracting(l -> l.product() + " " + l.window().to())
                .containsExactly("Farm Quest 2024-06-04", "Sky Quest 2024-07-09", "Deep Quest 2024-08-20");
    }

    @Test
    void readsTheNamesThatFollowADescribedList() {
        assertThat(find("Kestrel Games also released two games of its own on Wednesday, Farm Quest and the racing game "
                + "Sky Rally; no other titles were on sale.")).extracting(l -> l.product() + " " + l.status())
                .containsExactly("Farm Quest released", "Sky Rally released");
    }

    @Test
    void readsANamedServiceThatOpens() {
        assertThat(find("Lumora Labs will open Lumora Market, an online store for apps, when the Lumora 5 goes on sale on "
                + "June 3.")).extracting(l -> l.product() + " " + l.window().to())
                .containsExactly("Lumora Market 2024-06-03", "Lumora 5 2024-06-03");
    }

    @Test
    void readsAServiceThatBeganOperatingInANewMarket() {
        assertThat(find("Tala Rides Ltd began operating in Johannesburg on Tuesday."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("Tala Rides service in Johannesburg released 2024-05-07");
        assertThat(find("Tala Rides Ltd opened in Johannesburg on Tuesday."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("Tala Rides service in Johannesburg released 2024-05-07");
        assertThat(find("Shares of Tala Rides Ltd opened in Johannesburg at R20 on Tuesday.")).isEmpty();
        assertThat(find("Its main rival, Tala Rides Ltd, opened in Johannesburg on Tuesday."))
                .extracting(LaunchFinderTest::dated)
                .containsExactly("Tala Rides service in Johannesburg released 2024-05-07");
        assertThat(find("Kestrel Foods Plc traces its roots to a shop Jane Kestrel opened in Birmingham in 1824.")).isEmpty();
    }

    @Test
    void readsACompanyThatWentLiveAsItsOwnService() {
        assertThat(find("Tala Pay, a venture of Kestrel Telecom and Norvik Retail, went live in March."))
                .extracting(LaunchFinderTest::reading)
                .containsExactly("Tala Pay / Tala Pay released 2024-03-31");
    }

    @Test
    void readsAProductBroughtToACompanysCustomers() {
        assertThat(find("Kestrel Telecom said it would bring the Lumora 5 to its customers in Europe before Christmas."))
                .extracting(l -> l.product() + " " + l.window().to()).containsExactly("Lumora 5 2024-12-24");
    }
}
