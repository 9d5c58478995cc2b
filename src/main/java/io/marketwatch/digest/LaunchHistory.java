package io.marketwatch.digest;

import io.marketwatch.briefing.BriefingLaunch;
import io.marketwatch.briefing.CompanyNames;
import io.marketwatch.briefing.ExtractedArticle;
import io.marketwatch.extract.LaunchFact;
import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.extract.LaunchWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The latest word on each launch: per company and product, the fact from the most recently
 * published article (articles without a date count from their run's date; on the same day the
 * one added last wins). Products are the same as in the briefing ({@link BriefingLaunch#sameProduct}).
 */
final class LaunchHistory {

    private final CompanyIndex companies;
    private final Map<String, List<LaunchState>> byCompany = new LinkedHashMap<>();

    LaunchHistory(CompanyIndex companies) {
        this.companies = companies;
    }

    /** An article and the date of the nightly run that stored it. */
    record DatedArticle(ExtractedArticle article, LocalDate runDate) {
    }

    LaunchHistory addAll(Collection<DatedArticle> articles) {
        articles.forEach(this::add);
        return this;
    }

    void add(DatedArticle dated) {
        ExtractedArticle article = dated.article();
        LocalDate reportedOn = article.publishedAt() != null ? article.publishedAt() : dated.runDate();
        for (LaunchFact fact : article.facts().launches()) {
            String company = companies.canonical(fact.company());
            LaunchState state = new LaunchState(company, fact.product(), fact.status(), fact.window(),
                    fact.windowText(), article.id(), reportedOn);
            List<LaunchState> known = byCompany.computeIfAbsent(CompanyNames.key(company), k -> new ArrayList<>());
            int same = indexOf(known, fact.product());
            if (same < 0) {
                known.add(state);
            } else if (!reportedOn.isBefore(known.get(same).reportedOn())) {
                known.set(same, state);
            }
        }
    }

    /** The latest state of the launch, or null when none is known. */
    LaunchState find(String company, String product) {
        List<LaunchState> known = byCompany.getOrDefault(CompanyNames.key(companies.canonical(company)), List.of());
        int i = indexOf(known, product);
        return i < 0 ? null : known.get(i);
    }

    /** Launches still ahead after the day, soonest window end first (open ends last). */
    List<LaunchState> aheadOf(LocalDate day) {
        return byCompany.values().stream().flatMap(List::stream).filter(s -> s.isAheadOf(day))
                .sorted(Comparator.comparing((LaunchState s) -> s.window().to(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(s -> s.window().from(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(LaunchState::company))
                .toList();
    }

    /**
     * Launch windows the given articles brought, compared with an earlier history: windows of
     * launches that had none before, and windows that moved or slipped.
     */
    List<LaunchChange> changesSince(LaunchHistory before, Set<String> articleIds) {
        List<LaunchChange> changes = new ArrayList<>();
        for (List<LaunchState> states : byCompany.values()) {
            for (LaunchState now : states) {
                if (!articleIds.contains(now.articleId()) || !hasWindow(now)) {
                    continue;
                }
                LaunchState then = before.find(now.company(), now.product());
                LaunchChange.Kind kind = kind(then, now.window());
                if (kind != null) {
                    changes.add(new LaunchChange(kind, now.company(), now.product(),
                            hasWindow(then) ? then.window() : null, now.window(), now.windowText(), now.articleId()));
                }
            }
        }
        changes.sort(Comparator.comparing(LaunchChange::kind).thenComparing(LaunchChange::company)
                .thenComparing(LaunchChange::product));
        return changes;
    }

    private static LaunchChange.Kind kind(LaunchState then, LaunchWindow now) {
        if (!hasWindow(then)) {
            return LaunchChange.Kind.added;
        }
        LaunchWindow was = then.window();
        if (was.equals(now)) {
            return null;
        }
        int ends = Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()).compare(now.to(), was.to());
        return ends > 0 ? LaunchChange.Kind.slipped : LaunchChange.Kind.moved;
    }

    private static boolean hasWindow(LaunchState state) {
        return state != null && state.window() != null
                && (state.status() == LaunchStatus.expected || state.status() == LaunchStatus.delayed);
    }

    private static int indexOf(List<LaunchState> known, String product) {
        for (int i = 0; i < known.size(); i++) {
            if (BriefingLaunch.sameProduct(known.get(i).product(), product)) {
                return i;
            }
        }
        return -1;
    }
}
