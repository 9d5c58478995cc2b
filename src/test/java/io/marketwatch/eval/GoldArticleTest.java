package io.marketwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class GoldArticleTest {

    private static GoldArticle gold() {
        ObjectNode facts = DevBriefing.JSON.createObjectNode().put("title", "A title");
        ObjectNode company = facts.putArray("companies").addObject().put("name", "Société Générale S.A.");
        company.putArray("aliases").add("SocGen");
        return new GoldArticle("a.json", facts);
    }

    @Test
    void aCompanyMatchesByAnyNormalizedNameOrAlias() {
        assertThat(gold().hasCompany(List.of("SOCIETE GENERALE"))).isTrue();
        assertThat(gold().hasCompany(List.of("Société Générale SA"))).isTrue();
        assertThat(gold().hasCompany(List.of("Generale Bank", "socgen"))).isTrue();
    }

    @Test
    void otherNamesDoNotMatch() {
        assertThat(gold().hasCompany(List.of("Generale", "Société"))).isFalse();
        assertThat(gold().hasCompany(List.of("Inc."))).isFalse();
    }
}
