package io.marketwatch.report.excel;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.BriefingArticle;
import io.marketwatch.briefing.BriefingCompany;
import io.marketwatch.briefing.BriefingInvestment;
import io.marketwatch.briefing.BriefingLaunch;
import io.marketwatch.briefing.Highlight;
import io.marketwatch.briefing.SkippedFile;
import io.marketwatch.briefing.UsdConversion;
import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.report.ReviewRows;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a workbook template can show, by placeholder key: the briefing's values as they are.
 * Nothing here computes a fact; it looks values up (an investment's article) and picks display
 * subsets (the top investors for the chart). The keys are listed in docs/workbook-template.md.
 */
final class BriefingFields {

    /** How many companies the Summary's investment chart shows. */
    static final int TOP_INVESTORS = 10;

    private final Map<String, Object> scalars = new LinkedHashMap<>();
    private final Map<String, ItemList<?>> lists = new LinkedHashMap<>();

    BriefingFields(Briefing briefing) {
        Map<String, BriefingArticle> articlesById = briefing.articles().stream()
                .collect(Collectors.toMap(BriefingArticle::id, a -> a, (first, second) -> first, HashMap::new));
        Map<String, List<String>> expectedLaunches = briefing.launches().stream()
                .filter(launch -> launch.status() == LaunchStatus.expected && launch.company() != null)
                .collect(Collectors.groupingBy(BriefingLaunch::company, HashMap::new,
                        Collectors.mapping(BriefingLaunch::product, Collectors.toList())));

        scalars.put("asOf", briefing.asOf());
        scalars.put("generatedAt", briefing.generatedAt() == null ? null
                : LocalDateTime.ofInstant(briefing.generatedAt(), ZoneOffset.UTC));
        scalars.put("period.from", briefing.period() == null ? null : briefing.period().from());
        scalars.put("period.to", briefing.period() == null ? null : briefing.period().to());
        scalars.put("count.articles", briefing.articles().size());
        scalars.put("count.companies", briefing.companies().size());
        scalars.put("count.investments", briefing.investments().size());
        scalars.put("count.launches", briefing.launches().size());
        scalars.put("count.highlights", briefing.highlights().size());
        scalars.put("count.skipped", briefing.skipped().size());
        scalars.put("fx.date", briefing.fx() == null ? null : briefing.fx().date());

        add(new ItemList<>("highlight", false, briefing.highlights(), Map.of("text", Highlight::text)));
        add(new ItemList<>("topInvestor", false, topInvestors(briefing.companies()), Map.of(
                "name", BriefingCompany::name,
                "investedUsd", BriefingCompany::investedUsd)));
        add(new ItemList<>("fxRate", false, fxRates(briefing), Map.of(
                "currency", Map.Entry::getKey,
                "usdPerUnit", Map.Entry::getValue)));
        add(new ItemList<>("investment", true, briefing.investments(), Map.ofEntries(
                Map.entry("investor", BriefingInvestment::investor),
                Map.entry("recipient", BriefingInvestment::recipient),
                Map.entry("purpose", BriefingInvestment::purpose),
                Map.entry("kind", BriefingInvestment::kind),
                Map.entry("status", BriefingInvestment::status),
                Map.entry("amount", BriefingInvestment::amount),
                Map.entry("currency", i -> i.amount() == null ? null : i.amount().currency()),
                Map.entry("amountText", i -> i.amount() == null ? null : i.amount().text()),
                Map.entry("amountUsd", BriefingInvestment::amountUsd),
                Map.entry("usdBasis", i -> usdBasis(i.conversion())),
                Map.entry("horizon", BriefingInvestment::horizon),
                Map.entry("outlets", BriefingInvestment::outlets),
                Map.entry("articleCount", i -> i.articleIds().size()),
                Map.entry("evidence", BriefingInvestment::evidence),
                Map.entry("article", i -> firstArticle(i.articleIds(), articlesById)),
                Map.entry("id", i -> i.review() == null ? null : i.review().id()),
                Map.entry("confidence", i -> i.review() == null ? null : i.review().confidence()))));
        add(new ItemList<>("launch", true, briefing.launches(), Map.ofEntries(
                Map.entry("company", BriefingLaunch::company),
                Map.entry("product", BriefingLaunch::product),
                Map.entry("status", BriefingLaunch::status),
                Map.entry("windowFrom", l -> l.window() == null ? null : l.window().from()),
                Map.entry("windowTo", l -> l.window() == null ? null : l.window().to()),
                Map.entry("windowText", BriefingLaunch::windowText),
                Map.entry("outlets", BriefingLaunch::outlets),
                Map.entry("evidence", BriefingLaunch::evidence),
                Map.entry("article", l -> firstArticle(l.articleIds(), articlesById)),
                Map.entry("id", l -> l.review() == null ? null : l.review().id()),
                Map.entry("confidence", l -> l.review() == null ? null : l.review().confidence()))));
        add(new ItemList<>("review", true, ReviewRows.of(briefing), Map.ofEntries(
                Map.entry("id", ReviewRows.Row::id),
                Map.entry("kind", ReviewRows.Row::kind),
                Map.entry("fact", ReviewRows.Row::fact),
                Map.entry("confidence", ReviewRows.Row::confidence),
                Map.entry("evidence", ReviewRows.Row::evidence),
                Map.entry("article", ReviewRows.Row::article),
                Map.entry("action", r -> null),
                Map.entry("fix", r -> null),
                Map.entry("note", ReviewRows.Row::note))));
        add(new ItemList<>("company", true, briefing.companies(), Map.ofEntries(
                Map.entry("name", BriefingCompany::name),
                Map.entry("aliases", BriefingCompany::aliases),
                Map.entry("ticker", c -> c.entity() == null ? null : c.entity().ticker()),
                Map.entry("exchange", c -> c.entity() == null ? null : c.entity().exchange()),
                Map.entry("country", c -> c.entity() == null ? null : c.entity().country()),
                Map.entry("sector", c -> c.entity() == null ? null : c.entity().sector()),
                Map.entry("mentions", BriefingCompany::mentions),
                Map.entry("articleCount", c -> c.articleIds().size()),
                Map.entry("investedUsd", BriefingCompany::investedUsd),
                Map.entry("expectedLaunches", c -> expectedLaunches.getOrDefault(c.name(), List.of())),
                Map.entry("mentionedWith", BriefingCompany::mentionedWith),
                Map.entry("summary", BriefingCompany::summary))));
        add(new ItemList<>("article", true, briefing.articles(), Map.of(
                "id", BriefingArticle::id,
                "title", a -> new Link(a.title(), a.url()),
                "url", BriefingArticle::url,
                "outlet", BriefingArticle::outlet,
                "sources", BriefingArticle::sources,
                "publishedAt", BriefingArticle::publishedAt,
                "language", BriefingArticle::language,
                "file", BriefingArticle::file,
                "summary", BriefingArticle::summary)));
        add(new ItemList<>("skipped", true, briefing.skipped(), Map.of(
                "file", SkippedFile::file,
                "reason", SkippedFile::reason)));
    }

    /** True for a key outside any list ({@code asOf}, {@code count.articles}). */
    boolean isScalar(String key) {
        return scalars.containsKey(key);
    }

    /** The value of a key outside any list, or null when the briefing has none. */
    Object scalar(String key) {
        return scalars.get(key);
    }

    /** The list a key belongs to, by the key's prefix, or empty for a key outside any list. */
    Optional<ItemList<?>> listOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(lists.get(key.substring(0, dot)));
    }

    /** Every key a template may use, for messages. */
    String knownKeys() {
        var keys = new TreeMap<String, Boolean>();
        scalars.keySet().forEach(key -> keys.put(key, true));
        lists.values().forEach(list -> list.fields().keySet().forEach(field -> keys.put(list.name() + "." + field, true)));
        return String.join(", ", keys.keySet());
    }

    private void add(ItemList<?> list) {
        lists.put(list.name(), list);
    }

    private static List<BriefingCompany> topInvestors(List<BriefingCompany> companies) {
        return companies.stream()
                .filter(company -> company.investedUsd() > 0)
                .sorted(Comparator.comparingDouble(BriefingCompany::investedUsd).reversed())
                .limit(TOP_INVESTORS)
                .toList();
    }

    private static List<Map.Entry<String, Double>> fxRates(Briefing briefing) {
        return briefing.fx() == null ? List.of() : List.copyOf(new TreeMap<>(briefing.fx().usdPerUnit()).entrySet());
    }

    private static Object firstArticle(List<String> articleIds, Map<String, BriefingArticle> articlesById) {
        if (articleIds.isEmpty()) {
            return null;
        }
        BriefingArticle article = articlesById.get(articleIds.get(0));
        return article == null ? articleIds.get(0) : new Link(article.title(), article.url());
    }

    private static String usdBasis(UsdConversion conversion) {
        if (conversion == null) {
            return null;
        }
        if (conversion.byArticle()) {
            return "stated in the article";
        }
        String rate = conversion.rate() == null ? "?" : BigDecimal.valueOf(conversion.rate()).toPlainString();
        return "FX " + rate + (conversion.rateDate() == null ? "" : " of " + conversion.rateDate());
    }
}
