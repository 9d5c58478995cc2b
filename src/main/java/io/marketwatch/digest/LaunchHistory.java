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
 * one added last wins). A fact is the same launch as a known one of the company when the product
 * names agree, exactly or as the briefing merges them ({@link BriefingLaunch#sameProduct}); two facts
 * of one article are always two launches ("Switch 2" and the first "Switch").
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
            int same = indexOf(known, fact.product(), article.id());
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
        int i = indexOf(known, product, null);
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
     * launches that had none before, and windows that moved or slipped. Windows that were over
     * before {@code since} are old news and left out.
     */
    List<LaunchChange> changesSince(LaunchHistory before, Set<String> articleIds, LocalDate since) {
        List<LaunchChange> changes = new ArrayList<>();
        for (List<LaunchState> states : byCompany.values()) {
            for (LaunchState now : states) {
                if (!articleIds.contains(now.articleId()) || !hasWindow(now)
                        || now.window().to() != null && now.window().to().isBefore(since)) {
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
        return state != null && state.window() != null && (state.window().from() != null || state.window().to() != null)
                && (state.status() == LaunchStatus.expected || state.status() == LaunchStatus.delayed);
    }

    /** The known launch of this product, not from the given article: an exact name first, else a merged one. */
    private static int indexOf(List<LaunchState> known, String product, String notFromArticle) {
        String key = BriefingLaunch.productKey(product);
        int similar = -1;
        for (int i = 0; i < known.size(); i++) {
            LaunchState state = known.get(i);
            if (state.articleId().equals(notFromArticle)) {
                continue;
            }
            if (BriefingLaunch.productKey(state.product()).equals(key)) {
                return i;
            }
            if (similar < 0 && BriefingLaunch.sameProduct(state.product(), product)) {
                similar = i;
            }
        }
        return similar;
    }
}
