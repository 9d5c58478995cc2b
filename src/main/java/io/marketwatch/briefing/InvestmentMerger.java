package io.marketwatch.briefing;

import io.marketwatch.extract.InvestmentFact;
import io.marketwatch.extract.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One investment per real investment: facts from different articles are the same investment when
 * their amounts agree within 2% (same currency, or both in USD) and they share the investor or
 * the recipient. Names become the briefing's canonical company names; USD comes from the article,
 * else from the FX table.
 */
final class InvestmentMerger {

    private static final double TOLERANCE = 0.02;

    private final CompanyGroups groups;
    private final FxTable fx;
    private final Map<String, ExtractedArticle> byId;
    private final ConfidenceRule confidence;
    private final FactKeys keys = new FactKeys();

    InvestmentMerger(CompanyGroups groups, FxTable fx, Map<String, ExtractedArticle> byId, ConfidenceRule confidence) {
        this.groups = groups;
        this.fx = fx;
        this.byId = byId;
        this.confidence = confidence;
    }

    List<BriefingInvestment> merge(Iterable<ExtractedArticle> articles) {
        List<Merged> merged = new ArrayList<>();
        Map<String, List<Merged>> byParty = new HashMap<>();
        for (ExtractedArticle article : articles) {
            for (InvestmentFact fact : article.facts().investments()) {
                Merged candidate = new Merged(fact, usd(fact), article.id());
                String key = keys.investment(article.id(), fact.evidence(),
                        fact.amount().value().stripTrailingZeros().toPlainString() + " " + fact.amount().currency());
                Merged same = findSame(candidate, byParty);
                if (same != null) {
                    same.articleIds.add(article.id());
                    same.keys.add(key);
                } else {
                    candidate.keys.add(key);
                    merged.add(candidate);
                    for (String party : candidate.parties()) {
                        byParty.computeIfAbsent(party, p -> new ArrayList<>()).add(candidate);
                    }
                }
            }
        }
        List<BriefingInvestment> result = new ArrayList<>(merged.size());
        for (Merged m : merged) {
            result.add(m.toBriefing());
        }
        return result;
    }

    private Merged findSame(Merged candidate, Map<String, List<Merged>> byParty) {
        String articleId = candidate.articleIds.iterator().next();
        for (String party : candidate.parties()) {
            for (Merged known : byParty.getOrDefault(party, List.of())) {
                if (sameAmount(known, candidate) && !known.articleIds.contains(articleId)) {
                    return known;
                }
            }
        }
        return null;
    }

    private static boolean sameAmount(Merged a, Merged b) {
        if (a.currency.equals(b.currency) && close(a.value, b.value)) {
            return true;
        }
        return a.usd != null && b.usd != null && close(a.usd.amount(), b.usd.amount());
    }

    private static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    private Usd usd(InvestmentFact fact) {
        if (fact.amountUsd() != null) {
            return new Usd(fact.amountUsd(), UsdConversion.fromArticle());
        }
        Money amount = fact.amount();
        if (amount.currency().equals("USD")) {
            return new Usd(amount.value().doubleValue(), null);
        }
        return fx.rate(amount.currency())
                .map(rate -> new Usd(amount.value().multiply(BigDecimal.valueOf(rate)).doubleValue(),
                        new UsdConversion(false, rate, fx.date())))
                .orElse(null);
    }

    private record Usd(double amount, UsdConversion conversion) {
    }

    private final class Merged {
        final InvestmentFact fact;
        final Usd usd;
        final Set<String> articleIds = new LinkedHashSet<>();
        /** The fact's key in each article that reports it, the first article's first. */
        final List<String> keys = new ArrayList<>(1);
        /** The amount as compared: its currency and value, read once. */
        final String currency;
        final double value;
        final List<String> parties;

        Merged(InvestmentFact fact, Usd usd, String articleId) {
            this.fact = fact;
            this.usd = usd;
            this.currency = fact.amount().currency();
            this.value = fact.amount().value().doubleValue();
            this.parties = partiesOf(fact);
            articleIds.add(articleId);
        }

        List<String> parties() {
            return parties;
        }

        private List<String> partiesOf(InvestmentFact fact) {
            List<String> parties = new ArrayList<>(2);
            if (fact.investor() != null) {
                parties.add(groups.groupOf(fact.investor()));
            }
            if (fact.recipient() != null) {
                parties.add(groups.groupOf(fact.recipient()));
            }
            if (parties.isEmpty()) {
                parties.add("");
            }
            return List.copyOf(parties);
        }

        BriefingInvestment toBriefing() {
            String investor = canonical(fact.investor());
            String recipient = canonical(fact.recipient());
            List<String> outlets = Outlets.of(articleIds, byId);
            ConfidenceRule.Scored scored = confidence.investment(fact.kind(), fact.status(), investor, recipient,
                    fact.amount().text(), fact.evidence(), Math.max(1, outlets.size()));
            return new BriefingInvestment(investor, recipient, fact.purpose(),
                    fact.kind(), fact.amount(), usd == null ? null : usd.amount(), usd == null ? null : usd.conversion(),
                    fact.status(), fact.horizon(), List.copyOf(articleIds), fact.evidence(), outlets,
                    new FactReview(keys.get(0), scored.confidence(), scored.reasons(), keys, scored.doubtful(), null));
        }

        private String canonical(String name) {
            if (name == null) {
                return null;
            }
            String canonical = groups.canonicalName(groups.groupOf(name));
            return canonical == null ? name : canonical;
        }
    }
}
