package io.marketwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.briefing.ExtractedArticle;
import io.marketwatch.extract.ArticleFacts;
import io.marketwatch.extract.CompanyFact;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SharedStringsTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @Test
    void shortStringsReadFromTwoArticlesAreOneInstanceAndLongOnesAreKeptAsRead() {
        String summary = "Acme Industries said on Monday it would spend more on its plants in Ohio and Texas this year.";
        String first = PLAIN.writeValueAsString(article("a1", summary));
        String second = PLAIN.writeValueAsString(article("a2", summary));
        JsonMapper reader = SharedStrings.mapper();

        ExtractedArticle a = reader.readValue(first, ExtractedArticle.class);
        ExtractedArticle b = reader.readValue(second, ExtractedArticle.class);

        assertThat(a).isEqualTo(article("a1", summary));
        assertThat(b.outlet()).isSameAs(a.outlet());
        assertThat(b.facts().companies().get(0).name()).isSameAs(a.facts().companies().get(0).name());
        assertThat(b.facts().companies().get(0).aliases().get(0)).isSameAs(a.facts().companies().get(0).aliases().get(0));
        assertThat(b.facts().sources().get(0)).isSameAs(a.facts().sources().get(0));
        assertThat(summary.length()).isGreaterThan(SharedStrings.MAX_SHARED_LENGTH);
        assertThat(b.facts().summary()).isEqualTo(a.facts().summary()).isNotSameAs(a.facts().summary());
    }

    @Test
    void eachReadingHasItsOwnTable() {
        String json = PLAIN.writeValueAsString(article("a1", "Short."));

        ExtractedArticle a = SharedStrings.mapper().readValue(json, ExtractedArticle.class);
        ExtractedArticle b = SharedStrings.mapper().readValue(json, ExtractedArticle.class);

        assertThat(b.outlet()).isEqualTo(a.outlet()).isNotSameAs(a.outlet());
    }

    private static ExtractedArticle article(String id, String summary) {
        ArticleFacts facts = new ArticleFacts(List.of(new CompanyFact("Acme Industries", List.of("Acme"), 3)),
                List.of(), List.of(), List.of("Reuters"), summary);
        return new ExtractedArticle(id, "Acme spends", null, LocalDate.of(2026, 3, 2), "Daily Ledger", "en",
                "in/" + id + ".md", facts);
    }
}
