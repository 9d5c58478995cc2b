package io.marketwatch.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.marketwatch.briefing.BriefingArticle;
import io.marketwatch.briefing.BriefingCompany;
import io.marketwatch.briefing.FxTables;
import io.marketwatch.briefing.FactCorrections;
import io.marketwatch.briefing.HighlightsRule;
import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.store.NightlyStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The digest's database work: building a week from stored nightly runs, the send log and the
 * subscriber table. Run on H2 ({@link DigestStoreH2Test}) and PostgreSQL ({@link DigestStorePostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DigestStoreContract {

    private static final Path INPUT = Path.of("/data/news/input");
    private static final Path OUTPUT = Path.of("/data/news/output");
    private static final Instant T0 = Instant.parse("2025-04-07T06:00:00Z");

    private TestDatabase database;
    private JdbcTemplate jdbc;
    private NightlyStore store;
    private SendLog sendLog;
    private DigestAssembler assembler;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        jdbc = database.jdbc();
        store = new NightlyStore(jdbc);
        sendLog = new SendLog(jdbc);
        assembler = new DigestAssembler(store, FxTables.bundled(), HighlightsRule.defaults(), FactCorrections.NONE);
    }

    @AfterAll
    void close() {
        database.close();
    }

    @BeforeEach
    void clean() {
        for (String table : List.of("mw_digest_send", "mw_digest_subscriber", "mw_run", "mw_run_article", "mw_run_skip")) {
            jdbc.update("DELETE FROM " + table);
        }
        DigestFixtures.storeTwoWeeks(store, INPUT, OUTPUT);
    }

    @Test
    void theWeekHoldsTheArticlesFirstStoredThatWeekAndWhatTheyChanged() {
        WeeklyDigest digest = assembler.assemble(assembler.runs(DigestFixtures.W14, OUTPUT), T0);

        assertThat(digest.articles()).extracting(BriefingArticle::id).containsExactly("a1", "n2");
        assertThat(digest.newCompanies()).extracting(BriefingCompany::name).containsExactly("Alibaba Group", "DeepSeek");
        assertThat(digest.newInvestments()).extracting(CompanyInvestments::company).containsExactly("Alibaba Group");
        assertThat(digest.launchChanges())
                .extracting(LaunchChange::kind, LaunchChange::product, LaunchChange::before, LaunchChange::after)
                .containsExactly(
                        tuple(LaunchChange.Kind.slipped, "Nintendo Switch 2", LaunchWindow.day(LocalDate.of(2025, 6, 5)),
                                new LaunchWindow(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31))),
                        tuple(LaunchChange.Kind.added, "Qwen 3", null,
                                new LaunchWindow(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30))),
                        tuple(LaunchChange.Kind.added, "R2", null, new LaunchWindow(null, LocalDate.of(2025, 4, 30))));
        assertThat(digest.upcoming()).extracting(LaunchState::product, LaunchState::window).containsExactly(
                tuple("R2", new LaunchWindow(null, LocalDate.of(2025, 4, 30))),
                tuple("Qwen 3", new LaunchWindow(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30))),
                tuple("Nintendo Switch 2", new LaunchWindow(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31))));
        assertThat(digest.briefing().asOf()).isEqualTo(LocalDate.of(2025, 4, 6));
        assertThat(digest.briefing().articles()).hasSize(2);
    }

    @Test
    void theFirstWeekHasNothingToCompareWithSoEverythingInItIsNew() {
        WeeklyDigest digest = assembler.assemble(assembler.runs(DigestFixtures.W13, OUTPUT), T0);

        assertThat(digest.newCompanies()).extracting(BriefingCompany::name)
                .containsExactlyInAnyOrder("Nintendo", "Tencent Holdings", "Ubisoft");
        assertThat(digest.launchChanges()).extracting(LaunchChange::kind, LaunchChange::product)
                .containsExactly(tuple(LaunchChange.Kind.added, "Switch 2"));
        assertThat(digest.upcoming()).extracting(LaunchState::window)
                .containsExactly(LaunchWindow.day(LocalDate.of(2025, 6, 5)));
    }

    @Test
    void onlyRunsUnderTheSameOutputFolderCount() {
        Path other = Path.of("/data/other/output");
        DigestFixtures.storeRun(store, 202, LocalDate.of(2025, 4, 15), INPUT, Path.of("/data/news/output-old"),
                List.of(DigestFixtures.switch2June()));
        DigestFixtures.storeRun(store, 201, LocalDate.of(2025, 4, 14), INPUT, other, List.of(DigestFixtures.switch2June()));

        assertThatThrownBy(() -> assembler.runs(IsoWeek.parse("2025-W16"), OUTPUT))
                .isInstanceOf(DigestException.class)
                .hasMessageContaining("No completed nightly run in 2025-W16 (14 Apr \u2013 20 Apr 2025)")
                .hasMessageContaining("/data/other/output/2025-04-14");
        assertThat(assembler.runs(IsoWeek.parse("2025-W16"), other).runs()).extracting(r -> r.run()).containsExactly(201L);
        assertThat(assembler.runs(DigestFixtures.W14, OUTPUT).earlier()).extracting(r -> r.run()).containsExactly(101L, 102L);
    }

    @Test
    void aRecipientIsClaimedOnceAndSentOnce() {
        IsoWeek week = DigestFixtures.W14;
        SendLog.Entry opened = sendLog.open(week, "ada@example.com", "<id-1@x>", T0);
        SendLog.Entry reopened = sendLog.open(week, "ada@example.com", "<id-2@x>", T0.plusSeconds(1));

        assertThat(opened.status()).isEqualTo(SendLog.Status.pending);
        assertThat(reopened.messageId()).isEqualTo("<id-1@x>");
        assertThat(sendLog.claim(week, "ada@example.com", T0, T0.minus(Duration.ofMinutes(10)))).isTrue();
        assertThat(sendLog.claim(week, "ada@example.com", T0.plusSeconds(5), T0.minus(Duration.ofMinutes(10)))).isFalse();

        sendLog.failed(week, "ada@example.com", 3, "451 try\r\nlater", T0.plusSeconds(10));
        assertThat(sendLog.find(week, "ada@example.com")).get().satisfies(e -> {
            assertThat(e.status()).isEqualTo(SendLog.Status.pending);
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.lastError()).isEqualTo("451 try later");
        });

        assertThat(sendLog.claim(week, "ada@example.com", T0.plusSeconds(20), T0)).isTrue();
        sendLog.sent(week, "ada@example.com", 1, T0.plusSeconds(21));
        SendLog.Entry sent = sendLog.find(week, "ada@example.com").orElseThrow();
        assertThat(sent.status()).isEqualTo(SendLog.Status.sent);
        assertThat(sent.attempts()).isEqualTo(4);
        assertThat(sent.lastError()).isNull();
        assertThat(sent.sentAt()).isEqualTo(T0.plusSeconds(21));
        assertThat(sendLog.claim(week, "ada@example.com", T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(1)))).isFalse();
        assertThat(sendLog.week(week)).containsOnlyKeys("ada@example.com");
        assertThat(sendLog.week(DigestFixtures.W13)).isEmpty();
    }

    @Test
    void aSendLeftSendingIsTakenOverOnlyOnceItIsOlderThanTheTimeout() {
        IsoWeek week = DigestFixtures.W14;
        sendLog.open(week, "bob@example.com", "<id@x>", T0);
        assertThat(sendLog.claim(week, "bob@example.com", T0, T0)).isTrue();

        Instant soon = T0.plus(Duration.ofMinutes(5));
        assertThat(sendLog.claim(week, "bob@example.com", soon, soon.minus(Duration.ofMinutes(10)))).isFalse();
        Instant later = T0.plus(Duration.ofMinutes(11));
        assertThat(sendLog.claim(week, "bob@example.com", later, later.minus(Duration.ofMinutes(10)))).isTrue();
        assertThat(sendLog.find(week, "bob@example.com")).get().extracting(SendLog.Entry::updatedAt).isEqualTo(later);
    }

    @Test
    void theSubscriberTableGivesActiveValidRows() {
        String insert = "INSERT INTO mw_digest_subscriber (email, name, watchlist, active) VALUES (?, ?, ?, ?)";
        jdbc.update(insert, "ada@example.com", "Ada", "Alibaba; Tencent", true);
        jdbc.update(insert, "gone@example.com", "Gone", null, false);
        jdbc.update(insert, "broken@", "Broken", null, true);

        Subscribers subscribers = new SubscriberTable(jdbc).read();

        assertThat(subscribers.list()).containsExactly(new Subscriber("ada@example.com", "Ada", List.of("Alibaba", "Tencent")));
        assertThat(subscribers.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("broken@"));
    }
}
