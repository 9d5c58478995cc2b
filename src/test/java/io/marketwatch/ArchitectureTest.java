package io.marketwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules that keep the tree easy to walk (see shared/style/STYLE.md). */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.marketwatch");
    }

    @Test
    void onlyTheBatchPackageSeesSpringBatch() {
        noClasses().that().resideOutsideOfPackage("io.marketwatch.batch..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.batch..")
                .check(classes);
    }

    @Test
    void theArticleKernelAndTheExtractionRulesKnowNoSpring() {
        noClasses().that().resideInAnyPackage("io.marketwatch.article..", "io.marketwatch.extract..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackage("io.marketwatch.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }
}
