package io.marketwatch.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.briefing.BriefingCompany;
import io.marketwatch.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchlistTest {

    private static final BriefingCompany SONY = new BriefingCompany("Sony Group", List.of("Sony"), List.of("a1"), 3,
            null, 0, List.of(), KnowledgeBase.shipped().lookup("Sony").company().orElseThrow());
    private static final BriefingCompany UNLINKED = new BriefingCompany("Harbourline Robotics", List.of(), List.of("a1"),
            1, null, 0, List.of());
    private static final CompanyIndex INDEX = new CompanyIndex(List.of(SONY, UNLINKED));

    @Test
    void aWatchedTickerMatchesTheLinkedCompanyWithOrWithoutItsExchangeSuffix() {
        assertThat(new Watchlist(List.of("6758.T"), INDEX).matches(SONY)).isTrue();
        assertThat(new Watchlist(List.of("6758"), INDEX).matches(SONY)).isTrue();
        assertThat(new Watchlist(List.of("6758"), INDEX).matches("Sony")).isTrue();
    }

    @Test
    void aTickerMatchesNothingElse() {
        assertThat(new Watchlist(List.of("6758.T"), INDEX).matches(UNLINKED)).isFalse();
        assertThat(new Watchlist(List.of("SNE"), INDEX).matches(SONY)).isFalse();
    }

    @Test
    void namesStillMatchAsBefore() {
        assertThat(new Watchlist(List.of("sony"), INDEX).matches(SONY)).isTrue();
        assertThat(new Watchlist(List.of("Harbourline Robotics Ltd"), INDEX).matches(UNLINKED)).isTrue();
    }
}
