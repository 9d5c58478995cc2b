package io.marketwatch.briefing;

import io.marketwatch.extract.LaunchFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One launch per product and status: facts from different articles are the same launch when the
 * company is the same, the status is the same and the product names agree once reduced to letters
 * and digits (or one contains the other).
 */
final class LaunchMerger {

    private final CompanyGroups groups;
    private final Map<String, ExtractedArticle> byId;
    private final ConfidenceRule confidence;
    private final FactKeys keys = new FactKeys();

    LaunchMerger(CompanyGroups groups, Map<String, ExtractedArticle> byId, ConfidenceRule confidence) {
        this.groups = groups;
        this.byId = byId;
        this.confidence = confidence;
    }

    List<BriefingLaunch> merge(Iterable<ExtractedArticle> articles) {
        List<Merged> merged = new ArrayList<>();
        Map<String, List<Merged>> byCompany = new HashMap<>();
        for (ExtractedArticle article : articles) {
            for (LaunchFact fact : article.facts().launches()) {
                String group = groups.groupOf(fact.company());
                List<Merged> known = byCompany.computeIfAbsent(group + "\u0000" + fact.status(), k -> new ArrayList<>());
                String product = squash(fact.product());
                String key = keys.launch(article.id(), fact.evidence(), product);
                Merged same = known.stream()
                        .filter(m -> sameSquashed(m.product, product) && !m.articleIds.contains(article.id()))
                        .findFirst().orElse(null);
                if (same != null) {
                    same.articleIds.add(article.id());
                    same.keys.add(key);
                } else {
                    Merged m = new Merged(fact, article.id());
                    m.keys.add(key);
                    known.add(m);
                    merged.add(m);
                }
            }
        }
        List<BriefingLaunch> result = new ArrayList<>(merged.size());
        for (Merged m : merged) {
            String canonical = groups.canonicalName(groups.groupOf(m.fact.company()));
            String company = canonical == null ? m.fact.company() : canonical;
            List<String> outlets = Outlets.of(m.articleIds, byId);
            ConfidenceRule.Scored scored = confidence.launch(company, m.fact.evidence(), Math.max(1, outlets.size()));
            result.add(new BriefingLaunch(company, m.fact.product(), m.fact.status(),
                    m.fact.window(), m.fact.windowText(), List.copyOf(m.articleIds), m.fact.evidence(), outlets,
                    new FactReview(m.keys.get(0), scored.confidence(), scored.reasons(), m.keys, scored.doubtful(), null)));
        }
        return result;
    }

    static boolean sameProduct(String a, String b) {
        return sameSquashed(squash(a), squash(b));
    }

    private static boolean sameSquashed(String x, String y) {
        return x.equals(y) || Math.min(x.length(), y.length()) >= 3 && (x.contains(y) || y.contains(x));
    }

    static String squash(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static final class Merged {
        final LaunchFact fact;
        /** The product name reduced to letters and digits, as compared. */
        final String product;
        final Set<String> articleIds = new LinkedHashSet<>();
        /** The fact's key in each article that reports it, the first article's first. */
        final List<String> keys = new ArrayList<>(1);

        Merged(LaunchFact fact, String articleId) {
            this.fact = fact;
            this.product = squash(fact.product());
            articleIds.add(articleId);
        }
    }
}
