package io.marketwatch.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.BriefingInvestment;
import io.marketwatch.briefing.BriefingLaunch;
import io.marketwatch.eval.DevBriefing;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The digest ranks as the briefing does, and a watchlist's weights lift the heavier companies' news. */
class DigestRankingTest {

    private static final Briefing DEV = DevBriefing.assembled(Path.of("src/test/resources/eval/dev/articles"),
            LocalDate.of(2026, 1, 1));
    private static final WeeklyDigest WEEK = new WeeklyDigest(IsoWeek.parse("2026-W01"), DEV, DEV.articles(),
            DEV.companies(), DEV.investments(), DEV.launches(), List.of(), List.of(),
            List.of(new CompanyInvestments("Tencent Holdings", DEV.investments().stream()
                    .filter(i -> "Tencent Holdings".equals(i.investor())).toList()),
                    new CompanyInvestments("HSBC Holdings", DEV.investments().stream()
                            .filter(i -> "HSBC Holdings".equals(i.investor())).toList())),
            DEV.companies(), List.of());

    @Test
    void withoutWeightsTheWatchedCompaniesKeepTheBriefingsOrder() {
        WeeklyDigest digest = WEEK.forWatchlist(List.of("Tencent Holdings", "HSBC Holdings", "Samsung Electronics",
                "Nintendo"));

        assertThat(digest.investments()).extracting(BriefingInvestment::investor)
                .containsExactly("HSBC Holdings", "Tencent Holdings", "Tencent Holdings", "Tencent Holdings");
        assertThat(digest.launches()).extracting(BriefingLaunch::company).startsWith("Samsung Electronics");
        assertThat(digest.newInvestments()).extracting(CompanyInvestments::company)
                .containsExactly("HSBC Holdings", "Tencent Holdings");
    }

    @Test
    void aWeightedCompanysNewsComesFirst() {
        WeeklyDigest digest = WEEK.forWatchlist(List.of("Tencent Holdings=3", "HSBC Holdings", "Samsung Electronics",
                "Nintendo = 2"));

        assertThat(digest.investments()).extracting(BriefingInvestment::investor)
                .containsExactly("Tencent Holdings", "Tencent Holdings", "Tencent Holdings", "HSBC Holdings");
        assertThat(digest.launches()).extracting(BriefingLaunch::company).startsWith("Nintendo", "Nintendo");
        assertThat(digest.newInvestments()).extracting(CompanyInvestments::company)
                .containsExactly("Tencent Holdings", "HSBC Holdings");
        assertThat(digest.watchlist()).as("the mail names the companies, not their weights")
                .containsExactly("Tencent Holdings", "HSBC Holdings", "Samsung Electronics", "Nintendo");
    }
}
