package io.marketwatch.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.briefing.BriefingArticle;
import io.marketwatch.briefing.BriefingCompany;
import io.marketwatch.briefing.BriefingLaunch;
import io.marketwatch.briefing.FxTables;
import io.marketwatch.briefing.FactCorrections;
import io.marketwatch.briefing.HighlightsRule;
import io.marketwatch.report.ReportTemplates;
import io.marketwatch.store.NightlyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest's two bodies, rendered from the bundled templates (written to target/digest-test/ to look at). */
class DigestMailRenderingTest {

    private static final String UNSUBSCRIBE = "https://marketwatch.test/unsubscribe?email=ada%40example.com";
    private static final List<String> ATTACHMENTS = List.of("market-watch-2025-W14-briefing.pdf");

    private static TestDatabase database;
    private static WeeklyDigest digest;

    @BeforeAll
    static void assembleWeek() {
        database = TestDatabase.h2();
        NightlyStore store = new NightlyStore(database.jdbc());
        Path output = Path.of("/data/news/output");
        DigestFixtures.storeTwoWeeks(store, Path.of("/data/news/input"), output);
        DigestAssembler assembler = new DigestAssembler(store, FxTables.bundled(), HighlightsRule.defaults(), FactCorrections.NONE);
        digest = assembler.assemble(assembler.runs(DigestFixtures.W14, output), Instant.parse("2025-04-07T06:00:00Z"));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static DigestMail render(WeeklyDigest digest, ReportTemplates templates) {
        return new DigestMailRenderer(templates).render(digest, Subscriber.of("ada@example.com", "Ada", ""), UNSUBSCRIBE,
                ATTACHMENTS);
    }

    @Test
    void bothBodiesTellTheWeekAndEscapeArticleContent() throws Exception {
        DigestMail mail = render(digest, ReportTemplates.bundled());
        Files.createDirectories(Path.of("target/digest-test"));
        Files.writeString(Path.of("target/digest-test/digest.html"), mail.html());
        Files.writeString(Path.of("target/digest-test/digest.txt"), mail.text());

        assertThat(mail.subject()).isEqualTo("Market Watch weekly digest, 2025-W14 (31 Mar \u2013 6 Apr 2025)");
        assertThat(mail.html())
                .contains("Alibaba &lt;script&gt;alert(1)&lt;/script&gt; gears up")
                .doesNotContain("<script>", "javascript:", " th:", "xmlns:th")
                .contains("href=\"https://games.example.com/switch2-july\"", "href=\"" + UNSUBSCRIBE + "\"")
                .contains("Nintendo Switch 2 (Nintendo Co., Ltd.): from 5 Jun 2025 to 1 Jul 2025 \u2013 31 Jul 2025")
                .contains("market-watch-2025-W14-briefing.pdf");
        assertThat(mail.text())
                .contains("Week 2025-W14, 31 Mar \u2013 6 Apr 2025", "Hello Ada,",
                        "slipped: Nintendo Switch 2 (Nintendo Co., Ltd.): from 5 Jun 2025 to 1 Jul 2025 \u2013 31 Jul 2025",
                        "new: Qwen 3 (Alibaba Group): 1 Apr 2025 \u2013 30 Apr 2025",
                        "* New investments by Alibaba Group:\n  - Alibaba Group plans to invest 380 billion yuan",
                        "* by 30 Apr 2025: R2 (DeepSeek), expected",
                        "* Alibaba <script>alert(1)</script> gears up Bcc: victim@example.com (Bloomberg, 1 Apr 2025)",
                        "Unsubscribe: " + UNSUBSCRIBE)
                .doesNotContain("javascript:", "&lt;");
    }

    @Test
    void aWatchlistKeepsTheFactsOfItsCompaniesFoundByNameOrAlias() {
        WeeklyDigest alibaba = digest.forWatchlist(List.of("ALIBABA"));

        assertThat(alibaba.newCompanies()).extracting(BriefingCompany::name).containsExactly("Alibaba Group");
        assertThat(alibaba.investments()).singleElement().satisfies(i -> assertThat(i.investor()).isEqualTo("Alibaba Group"));
        assertThat(alibaba.launches()).extracting(BriefingLaunch::product).containsExactly("Qwen 3");
        assertThat(alibaba.launchChanges()).extracting(LaunchChange::product).containsExactly("Qwen 3");
        assertThat(alibaba.upcoming()).extracting(LaunchState::product).containsExactly("Qwen 3");
        assertThat(alibaba.articles()).extracting(BriefingArticle::id).containsExactly("a1");
        assertThat(alibaba.briefing()).isSameAs(digest.briefing());

        WeeklyDigest nintendo = digest.forWatchlist(List.of("nintendo co"));
        assertThat(nintendo.launchChanges()).extracting(LaunchChange::product).containsExactly("Nintendo Switch 2");
        assertThat(nintendo.articles()).extracting(BriefingArticle::id).containsExactly("n2");
        assertThat(nintendo.investments()).isEmpty();

        assertThat(digest.forWatchlist(List.of())).isSameAs(digest);
    }

    @Test
    void aWatchlistWithNothingThisWeekSaysSo() {
        WeeklyDigest quiet = digest.forWatchlist(List.of("Tencent"));

        assertThat(quiet.isEmpty()).isTrue();
        DigestMail mail = render(quiet, ReportTemplates.bundled());
        assertThat(mail.text()).contains("Nothing on your watchlist this week.", "about the companies you follow: Tencent")
                .doesNotContain("UPCOMING LAUNCH WINDOWS");
        assertThat(mail.html()).contains("Nothing on your watchlist this week.");
    }

    @Test
    void aUsersTemplateFolderOverridesTheBundledTemplate(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("mail"));
        Files.writeString(folder.resolve("mail/digest.txt"), "Week [(${digest.week})] for [(${subscriber.email})]");

        DigestMail mail = render(digest, new ReportTemplates(folder));

        assertThat(mail.text()).isEqualTo("Week 2025-W14 for ada@example.com");
        assertThat(mail.html()).contains("What changed since last week");
    }
}
