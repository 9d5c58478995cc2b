package io.marketwatch.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.eval.DevBriefing;
import io.marketwatch.extract.LaunchStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dev briefing's executive summary leads with what an analyst reads first. */
class ExecutiveSummaryTest {

    private static final Briefing DEV = DevBriefing.assembled(Path.of("src/test/resources/eval/dev/articles"),
            LocalDate.of(2026, 1, 1));

    private static List<String> summary() {
        return DEV.highlights().stream().map(Highlight::text).toList();
    }

    @Test
    void leadsWithTheLargestCommitments() {
        List<String> largest = DEV.investments().stream().filter(i -> i.amountUsd() != null)
                .sorted(Comparator.comparing(BriefingInvestment::amountUsd).reversed()).limit(2)
                .map(HighlightsRule::describe).toList();

        assertThat(summary().subList(0, 2)).containsExactlyInAnyOrderElementsOf(largest);
    }

    @Test
    void namesADelayedOrDeniedLaunch() {
        assertThat(DEV.launches()).anyMatch(l -> l.status() == LaunchStatus.delayed || l.status() == LaunchStatus.denied);
        assertThat(summary().get(2)).containsAnyOf(" has delayed ", " denied that ");
    }

    @Test
    void endsWithTheMostReportedStoryAndNeverMerelyCountsMentions() {
        int most = DEV.investments().stream().mapToInt(i -> i.outlets().size()).max().orElse(0);

        assertThat(summary()).hasSize(5).noneMatch(line -> line.contains(" is named in "));
        assertThat(most).isGreaterThan(1);
        assertThat(DEV.investments()).filteredOn(i -> i.outlets().size() == most)
                .anyMatch(i -> summary().contains(HighlightsRule.describe(i)) || summary().get(4).contains(i.evidence()));
    }

    @Test
    void aPartyTheKnowledgeBaseKnowsSaysSoInTheConfidenceReasons() {
        BriefingInvestment alibaba = DEV.investments().stream().filter(i -> "Alibaba Group".equals(i.investor()))
                .findFirst().orElseThrow();
        BriefingInvestment relativity = DEV.investments().stream()
                .filter(i -> "Relativity Space".equals(i.recipient())).findFirst().orElseThrow();

        assertThat(alibaba.review().reasons()).contains("investor Alibaba Group: a company of the knowledge base");
        assertThat(relativity.review().reasons())
                .contains("recipient Relativity Space: named as a company in the articles (not in the knowledge base)");
    }
}
