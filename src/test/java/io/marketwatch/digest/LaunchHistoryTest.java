package io.marketwatch.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.marketwatch.briefing.ExtractedArticle;
import io.marketwatch.digest.LaunchHistory.DatedArticle;
import io.marketwatch.extract.LaunchFact;
import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.extract.LaunchWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaunchHistoryTest {

    private static final CompanyIndex NO_COMPANIES = new CompanyIndex(List.of());

    private static DatedArticle launch(String id, LocalDate published, LaunchStatus status, LaunchWindow window) {
        ExtractedArticle article = DigestFixtures.article(id, "Title " + id, null, published, null,
                DigestFixtures.facts(List.of(DigestFixtures.company("Sony", 1)), List.of(),
                        List.of(new LaunchFact("Sony", "PlayStation 6", status, window, null, "Sony said so."))));
        return new DatedArticle(article, LocalDate.of(2025, 4, 1));
    }

    @Test
    void aWindowBroughtForwardIsMovedAndAReleaseLeavesTheUpcomingList() {
        LaunchHistory before = new LaunchHistory(NO_COMPANIES)
                .addAll(List.of(launch("s1", LocalDate.of(2025, 3, 1), LaunchStatus.expected, LaunchWindow.day(LocalDate.of(2025, 12, 1)))));
        LaunchHistory now = new LaunchHistory(NO_COMPANIES).addAll(List.of(
                launch("s1", LocalDate.of(2025, 3, 1), LaunchStatus.expected, LaunchWindow.day(LocalDate.of(2025, 12, 1))),
                launch("s2", LocalDate.of(2025, 4, 2), LaunchStatus.expected, LaunchWindow.day(LocalDate.of(2025, 11, 1)))));

        assertThat(now.changesSince(before, Set.of("s2"), LocalDate.of(2025, 3, 31))).extracting(LaunchChange::kind, LaunchChange::after)
                .containsExactly(tuple(LaunchChange.Kind.moved, LaunchWindow.day(LocalDate.of(2025, 11, 1))));
        assertThat(now.aheadOf(LocalDate.of(2025, 4, 6))).hasSize(1);

        now.add(launch("s3", LocalDate.of(2025, 4, 3), LaunchStatus.released, LaunchWindow.day(LocalDate.of(2025, 4, 3))));
        assertThat(now.aheadOf(LocalDate.of(2025, 4, 6))).isEmpty();
    }

    @Test
    void anOlderArticleReadLaterDoesNotOverrideTheLatestWord() {
        LaunchHistory history = new LaunchHistory(NO_COMPANIES).addAll(List.of(
                launch("new", LocalDate.of(2025, 4, 2), LaunchStatus.delayed, LaunchWindow.day(LocalDate.of(2026, 3, 1))),
                launch("old", LocalDate.of(2024, 1, 2), LaunchStatus.expected, LaunchWindow.day(LocalDate.of(2025, 11, 1)))));

        assertThat(history.find("Sony", "PlayStation 6")).extracting(LaunchState::articleId, LaunchState::status)
                .containsExactly("new", LaunchStatus.delayed);
    }

    @Test
    void theSameWindowReportedAgainIsNoChange() {
        LaunchWindow december = LaunchWindow.day(LocalDate.of(2025, 12, 1));
        LaunchHistory before = new LaunchHistory(NO_COMPANIES)
                .addAll(List.of(launch("s1", LocalDate.of(2025, 3, 1), LaunchStatus.expected, december)));
        LaunchHistory now = new LaunchHistory(NO_COMPANIES).addAll(List.of(
                launch("s1", LocalDate.of(2025, 3, 1), LaunchStatus.expected, december),
                launch("s2", LocalDate.of(2025, 4, 2), LaunchStatus.expected, december)));

        assertThat(now.changesSince(before, Set.of("s2"), LocalDate.of(2025, 3, 31))).isEmpty();
    }

    @Test
    void twoLaunchesOfOneArticleStayTwoAndALaterArticleFindsTheExactOne() {
        ExtractedArticle both = DigestFixtures.article("n1", "Switch 2 in June", null, LocalDate.of(2025, 4, 2), null,
                DigestFixtures.facts(List.of(DigestFixtures.company("Nintendo", 1)), List.of(), List.of(
                        new LaunchFact("Nintendo", "Nintendo Switch 2", LaunchStatus.expected,
                                LaunchWindow.day(LocalDate.of(2025, 6, 5)), null, null),
                        new LaunchFact("Nintendo", "Nintendo Switch", LaunchStatus.released,
                                LaunchWindow.day(LocalDate.of(2017, 3, 3)), null, null))));
        ExtractedArticle later = DigestFixtures.article("n2", "Switch sales", null, LocalDate.of(2025, 4, 3), null,
                DigestFixtures.facts(List.of(DigestFixtures.company("Nintendo", 1)), List.of(), List.of(
                        new LaunchFact("Nintendo", "Nintendo Switch", LaunchStatus.released,
                                LaunchWindow.day(LocalDate.of(2017, 3, 3)), null, null))));

        LaunchHistory history = new LaunchHistory(NO_COMPANIES).addAll(List.of(
                new DatedArticle(both, LocalDate.of(2025, 4, 2)), new DatedArticle(later, LocalDate.of(2025, 4, 3))));

        assertThat(history.aheadOf(LocalDate.of(2025, 4, 6))).extracting(LaunchState::product)
                .containsExactly("Nintendo Switch 2");
        assertThat(history.find("Nintendo", "Nintendo Switch")).extracting(LaunchState::articleId).isEqualTo("n2");
    }
}
