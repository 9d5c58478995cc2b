package io.marketwatch.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserCompaniesTest {

    private static final String HEADER = "name,aliases,ticker,country,sector,parent,kind\n";

    @TempDir
    Path dir;

    @Test
    void theUsersRowsAddCompaniesPeopleAndNamesThatAreNotCompanies() throws IOException {
        Files.writeString(dir.resolve("coverage.csv"), HEADER
                + "Harbourline Robotics,Harbourline|HLR,,GB,Industrials,,company\n"
                + "\"Quill, Merrow & Co\",Quill Merrow,QMC,US,Financials,,\n");
        Files.writeString(dir.resolve("editor.csv"), HEADER
                + "Mara Okonkwo,Okonkwo,,,,Harbourline Robotics,person\n"
                + "Centre,,,,,,other\n"
                + "Lumen Arc,,,,,Harbourline Robotics,product\n");
        Files.writeString(dir.resolve("notes.txt"), "not read");

        KnowledgeBase base = KnowledgeBase.withUserCompanies(dir);

        KnownEntity harbourline = base.lookup("HLR").company().orElseThrow();
        assertThat(harbourline.name()).isEqualTo("Harbourline Robotics");
        assertThat(harbourline.country()).isEqualTo("GB");
        assertThat(base.lookup("Quill, Merrow & Co").company()).map(KnownEntity::ticker).contains("QMC");
        assertThat(base.lookup("Okonkwo").employer()).contains(harbourline);
        assertThat(base.lookup("Lumen Arc").owner()).contains(harbourline);
        assertThat(base.lookup("Centre").isNotCompany()).isTrue();
    }

    @Test
    void aUsersRowWinsOverTheShippedOneOfTheSameName() throws IOException {
        Files.writeString(dir.resolve("editor.csv"), HEADER + "Nvidia,,,,,,other\n");

        assertThat(KnowledgeBase.shipped().lookup("Nvidia").isCompany()).isTrue();
        assertThat(KnowledgeBase.withUserCompanies(dir).lookup("Nvidia").isNotCompany()).isTrue();
    }

    @Test
    void twoUserCompaniesOfOneNameLeaveItAmbiguous() throws IOException {
        Files.writeString(dir.resolve("mine.csv"), HEADER + "Zephyr Labs,Zephyr,,,,,\nZephyr Motors,Zephyr,,,,,\n");

        Known zephyr = KnowledgeBase.withUserCompanies(dir).lookup("Zephyr");

        assertThat(zephyr.isCompany()).isTrue();
        assertThat(zephyr.candidates()).hasSize(2);
        assertThat(zephyr.company()).isEmpty();
    }

    @Test
    void aMissingFolderAddsNothing() {
        assertThat(KnowledgeBase.withUserCompanies(dir.resolve("absent")).size())
                .isEqualTo(KnowledgeBase.shipped().size());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Acme,,,US,,,robot                 | 3: kind "robot" is not one of company, person, product, other
            Acme,,,USA,,,                     | 3: country "USA" is not a two-letter ISO code
            Acme,,,US,,                       | 3: expected 7 fields, found 6
            ,Acme,,US,,,                      | 3: the name is empty
            Acme,,AC ME,US,,,                 | 3: ticker "AC ME" contains a space
            Acme,,,,,Nvidia,other             | 3: a name that is not a company has no parent
            """)
    void aMalformedRowFailsWithTheFileTheLineAndTheReason(String row, String message) throws IOException {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, HEADER + "Harbourline Robotics,,,GB,,,\n" + row + "\n");

        assertThatThrownBy(() -> KnowledgeBase.withUserCompanies(dir))
                .isInstanceOf(UserCompanyException.class)
                .hasMessageStartingWith(file + ":" + message);
    }

    @Test
    void aWrongHeaderFailsOnTheFirstLine() throws IOException {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, "company,ticker\nAcme,ACM\n");

        assertThatThrownBy(() -> KnowledgeBase.withUserCompanies(dir))
                .isInstanceOf(UserCompanyException.class)
                .hasMessageStartingWith(file + ":1: the header must be name,aliases,ticker,country,sector,parent,kind");
    }

    @Test
    void theKindColumnMayBeLeftOut() throws IOException {
        Files.writeString(dir.resolve("mine.csv"), "name,aliases,ticker,country,sector,parent\nAcme Tools,,ACT,US,,\n");

        assertThat(KnowledgeBase.withUserCompanies(dir).lookup("Acme Tools").company()).map(KnownEntity::ticker)
                .contains("ACT");
    }
}
