package io.marketwatch.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import tools.jackson.databind.JsonNode;

/**
 * A faithful port of the shared {@code score.py}: joins briefing articles to gold articles by
 * normalized title and counts matched companies, investments and launches, micro-averaged.
 */
public final class Scorer {

    private static final List<String> KINDS = List.of("companies", "investments", "launches");

    private Scorer() {
    }

    /** Scores a briefing (the briefing.json tree) against gold articles. */
    public static Score score(List<GoldArticle> golds, JsonNode briefing) {
        Map<String, JsonNode> articles = new LinkedHashMap<>();
        for (JsonNode article : Json.array(briefing, "articles")) {
            articles.put(Json.text(article, "id"), article);
        }
        Map<String, Map<String, List<JsonNode>>> byArticle = new HashMap<>();
        for (String kind : KINDS) {
            for (JsonNode fact : Json.array(briefing, kind)) {
                for (JsonNode id : Json.array(fact, "articleIds")) {
                    byArticle.computeIfAbsent(id.asString(), k -> new HashMap<>())
                            .computeIfAbsent(kind, k -> new ArrayList<>()).add(fact);
                }
            }
        }
        Map<String, String> titleToId = new HashMap<>();
        articles.forEach((id, article) -> titleToId.putIfAbsent(Normal.title(Json.text(article, "title")), id));

        int[][] totals = new int[3][3];
        int windowOk = 0;
        int windowCount = 0;
        List<String> missingArticles = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (GoldArticle gold : golds) {
            String id = titleToId.get(Normal.title(gold.title()));
            if (id == null) {
                missingArticles.add(gold.title());
            }
            Map<String, List<JsonNode>> predicted = id == null ? Map.of() : byArticle.getOrDefault(id, Map.of());
            List<List<JsonNode>> preds = new ArrayList<>();
            List<List<JsonNode>> goldFacts = new ArrayList<>();
            for (String kind : KINDS) {
                preds.add(predicted.getOrDefault(kind, List.of()));
                goldFacts.add(kind.equals("launches") ? namedFirst(Json.array(gold.facts(), kind))
                        : Json.array(gold.facts(), kind));
            }
            Resolver resolver = new Resolver(goldFacts.get(0), preds.get(0));
            List<BiPredicate<JsonNode, JsonNode>> matchers = List.of(
                    (p, g) -> intersects(names(p), names(g)),
                    (p, g) -> investmentMatch(p, g, resolver),
                    (p, g) -> launchMatch(p, g, resolver));
            for (int k = 0; k < 3; k++) {
                List<int[]> pairs = greedy(preds.get(k), goldFacts.get(k), matchers.get(k));
                if (k == 2) {
                    for (int[] pair : pairs) {
                        JsonNode g = goldFacts.get(2).get(pair[1]);
                        String goldTo = Json.text(Json.object(g, "window"), "to");
                        if ("expected".equals(Json.text(g, "status")) && goldTo != null && !goldTo.isEmpty()) {
                            windowCount++;
                            String predTo = Json.text(Json.object(preds.get(2).get(pair[0]), "window"), "to");
                            if (month(predTo).equals(month(goldTo))) {
                                windowOk++;
                            }
                        }
                    }
                }
                totals[k][0] += pairs.size();
                totals[k][1] += preds.get(k).size();
                totals[k][2] += goldFacts.get(k).size();
                differences(lines, KINDS.get(k), gold.fileName(), pairs, preds.get(k), goldFacts.get(k));
            }
        }
        Double windows = windowCount == 0 ? null : round3((double) windowOk / windowCount);
        return new Score(kind(totals[0]), kind(totals[1]), kind(totals[2]), windows, missingArticles, lines);
    }

    /** The lines score.py prints for this score (with {@code --verbose} when {@code verbose}). */
    public static List<String> report(Score score, boolean verbose) {
        List<String> out = new ArrayList<>();
        if (verbose) {
            out.addAll(score.differences());
        }
        if (!score.articlesMissing().isEmpty()) {
            out.add("articles not found in the briefing: " + score.articlesMissing().size());
            score.articlesMissing().forEach(title -> out.add("  " + title));
        }
        List<KindScore> kinds = List.of(score.companies(), score.investments(), score.launches());
        for (int k = 0; k < 3; k++) {
            KindScore s = kinds.get(k);
            out.add(String.format(Locale.ROOT, "%-12s P=%s R=%s F1=%s  (tp %d, predicted %d, gold %d)",
                    KINDS.get(k), fixed3(s.precision()), fixed3(s.recall()), fixed3(s.f1()), s.tp(), s.predicted(),
                    s.gold()));
        }
        out.add("launch windows ending in the gold month: "
                + (score.launchWindowMonth() == null ? "None" : Json.pythonFloat(score.launchWindowMonth())));
        double minF1 = Math.min(round3(score.companies().f1()),
                Math.min(round3(score.investments().f1()), round3(score.launches().f1())));
        out.add("min F1: " + fixed3(minF1));
        return out;
    }

    private static KindScore kind(int[] counts) {
        return new KindScore(counts[0], counts[1], counts[2]);
    }

    /** Named launches are matched first: an unnamed one matches any launch of its company and status. */
    private static List<JsonNode> namedFirst(List<JsonNode> launches) {
        List<JsonNode> sorted = new ArrayList<>(launches);
        sorted.sort(Comparator.comparing(launch -> isUnnamed(launch)));
        return sorted;
    }

    private static boolean isUnnamed(JsonNode launch) {
        JsonNode unnamed = launch.get("unnamed");
        return unnamed != null && unnamed.asBoolean();
    }

    private static List<int[]> greedy(List<JsonNode> preds, List<JsonNode> golds,
                                      BiPredicate<JsonNode, JsonNode> match) {
        Set<Integer> used = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (int gi = 0; gi < golds.size(); gi++) {
            for (int pi = 0; pi < preds.size(); pi++) {
                if (!used.contains(pi) && match.test(preds.get(pi), golds.get(gi))) {
                    used.add(pi);
                    pairs.add(new int[] {pi, gi});
                    break;
                }
            }
        }
        return pairs;
    }

    private static void differences(List<String> lines, String kind, String file, List<int[]> pairs,
                                    List<JsonNode> preds, List<JsonNode> golds) {
        Set<Integer> matchedPreds = new HashSet<>();
        Set<Integer> matchedGolds = new HashSet<>();
        pairs.forEach(pair -> {
            matchedPreds.add(pair[0]);
            matchedGolds.add(pair[1]);
        });
        for (int i = 0; i < preds.size(); i++) {
            if (!matchedPreds.contains(i)) {
                lines.add(String.format(Locale.ROOT, "  extra   %-11s %s: %s", kind, file, describe(kind, preds.get(i))));
            }
        }
        for (int i = 0; i < golds.size(); i++) {
            if (!matchedGolds.contains(i)) {
                lines.add(String.format(Locale.ROOT, "  missing %-11s %s: %s", kind, file, describe(kind, golds.get(i))));
            }
        }
    }

    private static String describe(String kind, JsonNode fact) {
        if (kind.equals("companies")) {
            return Json.python(fact.get("name"));
        }
        if (kind.equals("investments")) {
            JsonNode amount = Json.object(fact, "amount");
            String recipient = Json.text(fact, "recipient");
            JsonNode target = recipient == null || recipient.isEmpty() ? fact.get("purpose") : fact.get("recipient");
            return Json.python(fact.get("investor")) + " -> " + Json.python(target) + ": "
                    + Json.python(amount == null ? null : amount.get("value")) + " "
                    + Json.python(amount == null ? null : amount.get("currency"));
        }
        JsonNode window = Json.object(fact, "window");
        return Json.python(fact.get("company")) + " / " + Json.python(fact.get("product")) + " ["
                + Json.python(fact.get("status")) + "] .." + Json.python(window == null ? null : window.get("to"));
    }

    static Set<String> names(JsonNode company) {
        Set<String> out = new HashSet<>();
        out.add(Normal.name(Json.text(company, "name")));
        for (JsonNode alias : Json.array(company, "aliases")) {
            out.add(Normal.name(alias.isNull() ? null : alias.asString()));
        }
        out.remove("");
        return out;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean investmentMatch(JsonNode p, JsonNode g, Resolver resolver) {
        if (!amountMatch(p, g)) {
            return false;
        }
        String goldRecipient = Json.text(g, "recipient");
        return resolver.same(Json.text(p, "investor"), Json.text(g, "investor"))
                || (goldRecipient != null && resolver.same(Json.text(p, "recipient"), goldRecipient));
    }

    private static boolean amountMatch(JsonNode p, JsonNode g) {
        JsonNode pa = Json.object(p, "amount");
        return amountMatch(Json.text(pa, "currency"), Json.number(pa, "value"), Json.number(p, "amountUsd"), g);
    }

    /** score.py's amount rule: the same currency and value within 2%, or the same USD figure within 2%. */
    static boolean amountMatch(String currency, Double value, Double usd, JsonNode g) {
        JsonNode ga = Json.object(g, "amount");
        if (currency != null && !currency.isEmpty() && currency.equals(Json.text(ga, "currency"))
                && close(value, Json.number(ga, "value"))) {
            return true;
        }
        return close(usd, Json.number(g, "amountUsd"));
    }

    private static boolean close(Double a, Double b) {
        if (a == null || b == null) {
            return false;
        }
        return a.equals(b) || Math.abs(a - b) <= 0.02 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static boolean launchMatch(JsonNode p, JsonNode g, Resolver resolver) {
        String status = Json.text(p, "status");
        if (status == null ? Json.text(g, "status") != null : !status.equals(Json.text(g, "status"))) {
            return false;
        }
        if (!resolver.same(Json.text(p, "company"), Json.text(g, "company"))) {
            return false;
        }
        return isUnnamed(g) || sameProduct(Json.text(p, "product"), Json.text(g, "product"));
    }

    /** Equal once squashed, one containing the other, or half their words shared. */
    static boolean sameProduct(String p, String g) {
        String ps = Normal.squash(p);
        String gs = Normal.squash(g);
        if (!ps.isEmpty() && ps.equals(gs)) {
            return true;
        }
        if (Math.min(ps.length(), gs.length()) >= 3 && (ps.contains(gs) || gs.contains(ps))) {
            return true;
        }
        Set<String> pt = Normal.tokens(p);
        Set<String> gt = Normal.tokens(g);
        Set<String> union = new HashSet<>(pt);
        union.addAll(gt);
        if (union.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(pt);
        common.retainAll(gt);
        return (double) common.size() / union.size() >= 0.5;
    }

    private static String month(String date) {
        String d = date == null ? "" : date;
        return d.length() > 7 ? d.substring(0, 7) : d;
    }

    private static double round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static String fixed3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Maps a company name to every name it is known by, from gold and predicted aliases. */
    private static final class Resolver {

        private final List<Set<String>> groups = new ArrayList<>();

        Resolver(List<JsonNode> goldCompanies, List<JsonNode> predictedCompanies) {
            goldCompanies.forEach(c -> groups.add(names(c)));
            predictedCompanies.forEach(c -> groups.add(names(c)));
        }

        Set<String> expand(String name) {
            String n = Normal.name(name);
            Set<String> out = new HashSet<>();
            if (n.isEmpty()) {
                return out;
            }
            out.add(n);
            for (Set<String> group : groups) {
                if (group.contains(n)) {
                    out.addAll(group);
                }
            }
            return out;
        }

        boolean same(String a, String b) {
            if (a == null || b == null) {
                return a == null && b == null;
            }
            return intersects(expand(a), expand(b));
        }
    }
}
