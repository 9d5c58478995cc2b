package io.marketwatch.digest;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.BriefingArticle;
import io.marketwatch.briefing.BriefingCompany;
import io.marketwatch.briefing.BriefingInvestment;
import io.marketwatch.briefing.BriefingLaunch;
import io.marketwatch.briefing.Importance;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A week of nightly runs, as the digest mail tells it. Everything here comes from the stored
 * facts; the mail templates only format it.
 *
 * @param week           the ISO week
 * @param briefing       the briefing of the articles first stored that week (the attachments render it)
 * @param articles       the week's articles
 * @param newCompanies   companies no earlier run named
 * @param investments    the investments the week's articles report
 * @param launches       the launches the week's articles report
 * @param upcoming       launches still expected after the week, by the latest word on each
 * @param launchChanges  launch windows that appeared, moved or slipped since the previous week
 * @param newInvestments investments no earlier run reported, by company
 * @param companies      every company named up to the end of the week, with its aliases
 * @param watchlist      the companies this copy is limited to; empty when it covers all
 */
public record WeeklyDigest(IsoWeek week, Briefing briefing, List<BriefingArticle> articles,
                           List<BriefingCompany> newCompanies, List<BriefingInvestment> investments,
                           List<BriefingLaunch> launches, List<LaunchState> upcoming,
                           List<LaunchChange> launchChanges, List<CompanyInvestments> newInvestments,
                           List<BriefingCompany> companies, List<String> watchlist) {

    public WeeklyDigest {
        articles = List.copyOf(articles);
        newCompanies = List.copyOf(newCompanies);
        investments = List.copyOf(investments);
        launches = List.copyOf(launches);
        upcoming = List.copyOf(upcoming);
        launchChanges = List.copyOf(launchChanges);
        newInvestments = List.copyOf(newInvestments);
        companies = List.copyOf(companies);
        watchlist = List.copyOf(watchlist);
    }

    /** Whether nothing at all is in this copy. */
    public boolean isEmpty() {
        return articles.isEmpty() && upcoming.isEmpty() && launchChanges.isEmpty();
    }

    /**
     * This digest limited to the subscriber's watchlist (unchanged for an empty one): the facts
     * whose company, investor or recipient is watched, and the articles that name a watched company.
     * Investments, launches and new companies are ranked by {@link Importance} with the watchlist's
     * weights ("Nintendo=3"), so the heavier companies' news comes first.
     */
    public WeeklyDigest forWatchlist(List<String> entries) {
        Watchlist watch = new Watchlist(entries, new CompanyIndex(companies));
        if (watch.isEverything()) {
            return this;
        }
        Importance importance = Importance.of(briefing).weighted(watch::weight);
        Set<String> watchedArticles = new HashSet<>();
        briefing.companies().stream().filter(watch::matches).forEach(c -> watchedArticles.addAll(c.articleIds()));
        return new WeeklyDigest(week, briefing,
                articles.stream().filter(a -> watchedArticles.contains(a.id())).toList(),
                newCompanies.stream().filter(watch::matches)
                        .sorted(Comparator.comparingDouble((BriefingCompany c) -> -watch.weight(c.name()))).toList(),
                investments.stream().filter(i -> involves(i, watch)).sorted(importance.investments()).toList(),
                launches.stream().filter(l -> watch.matches(l.company())).sorted(importance.launches()).toList(),
                upcoming.stream().filter(l -> watch.matches(l.company())).toList(),
                launchChanges.stream().filter(c -> watch.matches(c.company())).toList(),
                newInvestments.stream()
                        .map(g -> new CompanyInvestments(g.company(),
                                g.investments().stream().filter(i -> involves(i, watch))
                                        .sorted(importance.investments()).toList()))
                        .filter(g -> !g.investments().isEmpty())
                        .sorted(Comparator.comparingDouble(g -> -importance.score(g.investments().get(0))))
                        .toList(),
                companies, watch.names());
    }

    private static boolean involves(BriefingInvestment investment, Watchlist watch) {
        return watch.matches(investment.investor()) || watch.matches(investment.recipient());
    }
}
