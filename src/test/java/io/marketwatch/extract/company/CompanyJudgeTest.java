package io.marketwatch.extract.company;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.extract.CompanyFact;
import io.marketwatch.extract.Texts;
import io.marketwatch.extract.learn.LogisticModel;
import io.marketwatch.kb.KnowledgeBase;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyJudgeTest {

    private static final String BODY = "Halvorsen Shipping Ltd said on Monday it had agreed to acquire Baltic Freight "
            + "for $200 million. Chief executive Ingrid Solberg said the deal would close in March. "
            + "Halvorsen also launched the Seastar X5 tracker, which sells for $99.";

    private static List<String> names(CompanyFinder finder) {
        return finder.find(Texts.parse(null, BODY)).facts().stream().map(CompanyFact::name).toList();
    }

    @Test
    void theShippedModelLoads() {
        assertThat(LogisticModel.resource(CompanyJudge.MODEL).size()).isPositive();
        assertThat(CompanyJudge.shipped()).isNotNull();
    }

    @Test
    void theShippedModelKeepsClearCompaniesAndLeavesPeopleAndProductsOut() {
        List<String> names = names(new CompanyFinder());

        assertThat(names).contains("Halvorsen Shipping Ltd", "Baltic Freight");
        assertThat(names).doesNotContain("Ingrid Solberg", "Seastar X5");
    }

    @Test
    void anInadmissibleNameKeepsItsKindHoweverSureTheModel() throws Exception {
        CompanyJudge judge = new CompanyJudge(LogisticModel.read(new StringReader(
                "# marketwatch logistic model v1\n(bias)\t0.0000\nyes\t5.0000\n")));

        assertThat(judge.judge(NameKind.PRODUCT, false, () -> List.of("yes"))).isEqualTo(NameKind.PRODUCT);
        assertThat(judge.judge(null, false, () -> List.of("yes"))).isNull();
    }

    @Test
    void withoutAModelTheRulesDecide() {
        CompanyJudge rules = CompanyJudge.rulesOnly();

        assertThat(rules.judge(NameKind.COMPANY, true, () -> List.of("anything"))).isEqualTo(NameKind.COMPANY);
        assertThat(rules.judge(NameKind.PERSON, true, () -> List.of("anything"))).isEqualTo(NameKind.PERSON);
        assertThat(rules.judge(null, true, () -> List.of("anything"))).isNull();
        assertThat(names(new CompanyFinder(KnowledgeBase.shipped(), rules))).contains("Halvorsen Shipping Ltd");
    }

    @Test
    void aSureModelOverrulesTheRulesBothWays() throws Exception {
        CompanyJudge judge = new CompanyJudge(LogisticModel.read(new StringReader(
                "# marketwatch logistic model v1\n(bias)\t0.0000\nyes\t5.0000\nno\t-5.0000\n")));

        assertThat(judge.judge(NameKind.PERSON, true, () -> List.of("yes"))).isEqualTo(NameKind.COMPANY);
        assertThat(judge.judge(null, true, () -> List.of("yes"))).isEqualTo(NameKind.COMPANY);
        assertThat(judge.judge(NameKind.COMPANY, true, () -> List.of("no"))).isNull();
        assertThat(judge.judge(NameKind.PERSON, true, () -> List.of("no"))).isEqualTo(NameKind.PERSON);
        assertThat(judge.judge(NameKind.COMPANY, true, () -> List.of())).isEqualTo(NameKind.COMPANY);
    }
}
