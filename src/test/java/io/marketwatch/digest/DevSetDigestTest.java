package io.marketwatch.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.briefing.BriefingArticle;
import io.marketwatch.briefing.BriefingCompany;
import io.marketwatch.briefing.FxTables;
import io.marketwatch.briefing.FactCorrections;
import io.marketwatch.briefing.HighlightsRule;
import io.marketwatch.briefing.Importance;
import io.marketwatch.report.ReportTemplates;
import io.marketwatch.store.NightlyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The digest of a week of nightly runs over the dev articles. The HTML is written to
 * target/digest-preview/digest-mail.html; docs/digest-mail.png is a screenshot of it (docs/digest.md).
 */
class DevSetDigestTest {

    @Test
    void aWeekOfDevArticlesMakesADigest() throws Exception {
        WeeklyDigest digest;
        try (TestDatabase database = TestDatabase.h2()) {
            NightlyStore store = new NightlyStore(database.jdbc());
            Path output = Path.of("/srv/marketwatch/output");
            DevSetWeek.store(store, Path.of("/srv/marketwatch/input"), output);
            DigestAssembler assembler = new DigestAssembler(store, FxTables.bundled(), HighlightsRule.defaults(), FactCorrections.NONE);
            digest = assembler.assemble(assembler.runs(DevSetWeek.WEEK, output), Instant.parse("2025-04-07T06:00:00Z"));
        }

        assertThat(digest.articles()).extracting(BriefingArticle::id).containsExactly("alibaba-qwen3",
                "nintendo-switch2-june5", "sony-kadokawa-stake", "xiaomi-xring-o1", "zomato-paytm-ticketing",
                "relativity-space-series-e");
        assertThat(digest.newCompanies()).extracting(BriefingCompany::name)
                .contains("Alibaba Group", "Nintendo", "Kadokawa", "Xiaomi")
                .doesNotContain("Tencent Holdings", "Ubisoft Entertainment", "Samsung Display");
        assertThat(digest.upcoming()).extracting(LaunchState::product)
                .contains("Qwen 3", "Nintendo Switch 2", "XRING O1")
                .doesNotContain("Terran 1", "Qwen 2.5-Max");
        assertThat(digest.launchChanges()).extracting(LaunchChange::product)
                .contains("Qwen 3", "Nintendo Switch 2", "Mario Kart World")
                .doesNotContain("Terran 1", "Terran R", "Donkey Kong Bananza");
        assertThat(digest.newInvestments()).extracting(CompanyInvestments::company)
                .contains("Relativity Space", "Sony Group", "Zomato")
                .doesNotContain("Fidelity Management & Research Company", "Tencent Holdings");
        assertThat(digest.upcoming()).allSatisfy(l -> assertThat(l.isAheadOf(LocalDate.of(2025, 4, 6))).isTrue());
        Importance ranking = Importance.of(digest.briefing());
        assertThat(digest.investments()).as("the briefing's one ranking").hasSizeGreaterThan(1)
                .isSortedAccordingTo(ranking.investments());
        assertThat(digest.launches()).hasSizeGreaterThan(1).isSortedAccordingTo(ranking.launches());

        DigestMail mail = new DigestMailRenderer(ReportTemplates.bundled()).render(digest,
                Subscriber.of("ada@example.com", "Ada Lovelace", ""), "https://marketwatch.example/unsubscribe?email=ada%40example.com",
                List.of("market-watch-2025-W14-briefing.pdf", "market-watch-2025-W14-briefing.xlsx"));
        Path preview = Files.createDirectories(Path.of("target/digest-preview"));
        Files.writeString(preview.resolve("digest-mail.html"), mail.html());
        Files.writeString(preview.resolve("digest-mail.txt"), mail.text());
        for (BriefingArticle article : digest.articles()) {
            assertThat(mail.text()).contains(article.title());
        }
    }
}
