package io.marketwatch.extract.company;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.extract.CompanyFact;
import io.marketwatch.extract.Texts;
import io.marketwatch.kb.KnowledgeBase;
import io.marketwatch.kb.KnownEntity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the knowledge base adds to the cues: bare known names, and the names it knows are not companies. */
class KnownNamesTest {

    /** The rules alone: how the shipped model overrules them is CompanyJudgeTest's, and the blind splits'. */
    private final CompanyFinder finder = new CompanyFinder(KnowledgeBase.shipped(), CompanyJudge.rulesOnly());

    private List<CompanyFact> find(String body) {
        return finder.find(Texts.parse(null, body)).facts();
    }

    private static List<String> names(List<CompanyFact> facts) {
        return facts.stream().map(CompanyFact::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Demand for memory from Nvidia and Qualcomm lifted prices again in March.                      | Nvidia;Qualcomm
            Investors cheered as Marubeni and Microsoft unveiled a joint data-centre plan.              | Marubeni;Microsoft
            The model race now pits xAI against Anthropic on price.                                     | xAI;Anthropic
            Memory prices rose, and SK hynix expects the shortage to last into next year.               | SK hynix
            The carriers AT&T and T-Mobile US will share towers in rural areas.                         | AT&T;T-Mobile US
            Drug makers such as Gilead and Takeda raised prices in the United States in January.       | Gilead;Takeda
            Shipping lines led by Maersk and Hapag-Lloyd cut rates on Asian routes again in March.     | Maersk;Hapag-Lloyd
            """)
    void findsWellKnownCompaniesNamedBare(String body, String expected) {
        assertThat(names(find(body))).containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sam Altman met regulators in Brussels. Altman later said the talks had gone well.           | Altman
            Millions of students now use ChatGPT for homework, teachers in Ohio report.                 | ChatGPT
            The Centre approved two chip plants on Wednesday, a minister told reporters.                | Centre
            Shell companies were used to move the money, prosecutors in Zurich said.                    | Shell
            Apple Hospitality REIT sold two hotels in Texas to a private buyer.                         | Apple
            Next up is a cheaper tablet, which reviewers in Seoul have already tried.                   | Next
            Writing on his Weibo account, the founder thanked early buyers.                             | Weibo
            Reviewers in Seoul said the larger iPad Air was the better buy this spring.                | iPad Air
            """)
    void doesNotTakePeopleProductsBodiesOrWordsForCompanies(String body, String notCompany) {
        assertThat(names(find(body))).doesNotContain(notCompany);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dr Reddy's Laboratories Ltd began selling the vaccine in Hyderabad on Friday.               | Dr Reddy's Laboratories Ltd
            Sales at McDonald's Holdings Co (Japan) rose 4% in the quarter, the company said.           | McDonald's Holdings Co (Japan)
            Shares of McDonald's rose after the chain raised prices in Ohio.                           | McDonald's
            Rivals eyed Ben & Jerry's Homemade Inc for its ice cream in the spring.                    | Ben & Jerry's Homemade Inc
            """)
    void aKnownNameWithAPossessiveEndingIsOneName(String body, String expected) {
        // the base knows "Dr. Reddy's Laboratories" and "McDonald's": the ending is part of the name,
        // and a name with a legal form after the latter is a company of its own
        assertThat(names(find(body))).containsExactly(expected);
    }

    @Test
    void aKnownNameWithAPossessiveEndingLinks() {
        assertThat(find("Shares of McDonald's rose after the chain raised prices in Ohio.").get(0).entity())
                .extracting(KnownEntity::kbId).isEqualTo("mcdonald-s");
    }

    @Test
    void anOwnersPossessiveIsNoPartOfAKnownProductsName() {
        // the base knows the product "Microsoft Copilot": "Microsoft's Copilot" is its owner and the product
        assertThat(names(find("Laptops sold in Ohio this winter will run Microsoft's Copilot offline.")))
                .containsExactly("Microsoft");
    }

    @Test
    void aKnownNameWithAnAndInsideKeepsTheLegalFormWrittenAfterIt() {
        assertThat(names(find("Nippon Telegraph and Telephone Corp will spend more on fibre, and Procter and Gamble Co "
                + "will not.")))
                .containsExactly("Nippon Telegraph and Telephone Corp", "Procter and Gamble Co");
    }

    @Test
    void aKnownParentsPossessiveStaysApartFromItsUnit() {
        assertThat(names(find("Toyota's Hino Motors Ltd said profit fell in the year to March.")))
                .containsExactlyInAnyOrder("Toyota", "Hino Motors Ltd");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Subscribers to Apple Music rose, and Apple said its services grew 12% in the quarter.      | Apple   | Apple Music
            Google said on Monday that Google Cloud would open a region in Johor next year.            | Google  | Google Cloud
            """)
    void aKnownCompanyNamesTheGroupOfItsServices(String body, String name, String service) {
        CompanyFact fact = find(body).stream().filter(f -> f.aliases().contains(service)).findFirst().orElseThrow();
        assertThat(fact.name()).isEqualTo(name);
        assertThat(fact.entity()).isNotNull();
    }

    @Test
    void aSubsidiaryWithALegalFormOfItsOwnKeepsItsName() {
        CompanyFact fact = find("Reliance Retail Ventures Ltd will buy the stores, Reliance said on Saturday.").stream()
                .filter(f -> f.aliases().contains("Reliance")).findFirst().orElseThrow();
        assertThat(fact.name()).isEqualTo("Reliance Retail Ventures Ltd");
    }

    @Test
    void aNameThatIsAlsoAWordIsACompanyMidSentence() {
        assertThat(names(find("Suppliers to Apple and Samsung Electronics raised output in Vietnam.")))
                .containsExactly("Apple", "Samsung Electronics");
    }

    @Test
    void aShortNameAndTheLegalNameInOneArticleAreOneCompanyWithItsLink() {
        List<CompanyFact> facts = find("TSMC will build a third plant in Kumamoto. "
                + "Taiwan Semiconductor Manufacturing Co. said the plant would open in 2029.");

        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Taiwan Semiconductor Manufacturing Co");
            assertThat(f.aliases()).contains("TSMC");
            assertThat(f.entity().kbId()).isEqualTo("taiwan-semiconductor-manufacturing");
        });
    }

    @Test
    void aCompanyLinksToItsEntryWithItsListing() {
        CompanyFact microsoft = find("Microsoft will spend $3 billion on data centres in Poland.").get(0);

        assertThat(microsoft.entity()).isNotNull();
        assertThat(microsoft.entity().ticker()).isEqualTo("MSFT");
        assertThat(microsoft.entity().country()).isEqualTo("US");
        assertThat(microsoft.name()).isEqualTo("Microsoft");
    }

    @Test
    void anActingSubsidiaryStaysApartFromItsParent() {
        List<CompanyFact> facts = find("Reliance Jio Infocomm will start 5G services in Delhi in October. "
                + "Reliance Industries, its ultimate parent, said the rollout would cost $25 billion.");

        assertThat(facts).extracting(f -> f.entity().kbId())
                .containsExactly("reliance-jio-infocomm", "reliance-industries");
        assertThat(facts.get(0).entity().parent()).isEqualTo("jio-platforms");
    }

    @Test
    void aUnitTheBaseDoesNotKnowIsNotLinkedToItsParent() {
        List<CompanyFact> facts = find("Google Cloud signed a $2 billion contract with a Dutch bank on Monday.");

        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Google Cloud");
            assertThat(f.entity()).isNull();
        });
    }

    @Test
    void anAmbiguousNameIsFoundButNotLinked(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("mine.csv"), "name,aliases,ticker,country,sector,parent,kind\n"
                + "Zephyr Labs,Zephyr,ZPL,US,,,\nZephyr Motors,Zephyr,ZPM,DE,,,\n");
        CompanyFinder withUserRows = new CompanyFinder(KnowledgeBase.withUserCompanies(dir));

        List<CompanyFact> facts = withUserRows.find(Texts.parse(null,
                "Shares of Zephyr jumped after the company said it had agreed to buy a battery maker.")).facts();

        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Zephyr");
            assertThat(f.entity()).isNull();
        });
    }

    @Test
    void theUsersRowsTeachTheFinder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("editor.csv"), "name,aliases,ticker,country,sector,parent,kind\n"
                + "Harbourline Robotics,Harbourline,HLR,GB,Industrials,,\nOkonkwo,,,,,,person\n");
        CompanyFinder withUserRows = new CompanyFinder(KnowledgeBase.withUserCompanies(dir));

        List<CompanyFact> facts = withUserRows.find(Texts.parse(null,
                "Orders at Harbourline doubled in May. Okonkwo said margins would improve.")).facts();

        assertThat(facts).extracting(CompanyFact::name).containsExactly("Harbourline");
        assertThat(facts.get(0).entity()).extracting(KnownEntity::ticker).isEqualTo("HLR");
    }
}
