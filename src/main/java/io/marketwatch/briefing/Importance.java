package io.marketwatch.briefing;

import io.marketwatch.extract.InvestmentStatus;
import io.marketwatch.extract.LaunchStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * How much a fact or a company matters to an analyst: the one ranking of the executive summary, the
 * investment and launch tables, the company order and the digest.
 *
 * <p>A fact's score is the sum of
 * <ul>
 *   <li>its amount in USD by orders of magnitude ({@code log10}, US$1 billion gives 9; none gives 0);</li>
 *   <li>the independent outlets that report it, with diminishing returns (1 outlet 1.0, 2 outlets 1.6,
 *       4 outlets 2.3);</li>
 *   <li>its status: a completed deal 2, announced 1.5, planned 1, a rumour 0; a launch has no amount,
 *       its status stands in for one: delayed or denied 12, expected 10, released 9 (a slipped launch
 *       weighs about as much as an announced US$30 billion deal, an expected one as a US$300 million
 *       one);</li>
 *   <li>recency: 2 when its latest article appeared on the as-of date, 1 ninety days before, less and
 *       less after;</li>
 *   <li>for a launch, how near its window ends to the as-of date: 2 on that day, 1 a month away;</li>
 * </ul>
 * times the watchlist weight of its companies (the largest of investor, recipient or launch company;
 * 1 without a watchlist). A company scores its most important fact (as investor, recipient or
 * launching company; 0 without one) plus its coverage (twice the outlets' scale over the number of
 * articles that name it) and the recency of its latest article, times its own weight. Ties go to the larger USD amount, then the name, so the order never depends on input order.
 */
public final class Importance {

    private static final double RECENCY_DAYS = 90;
    private static final double NEARNESS_DAYS = 30;

    private final LocalDate asOf;
    private final Map<String, LocalDate> published;
    private final ToDoubleFunction<String> weight;

    /**
     * @param asOf      the briefing's date
     * @param published the publication date of each article, by id (undated articles are left out)
     * @param weight    a company name's watchlist weight, 1 for a company of no weight
     */
    public Importance(LocalDate asOf, Map<String, LocalDate> published, ToDoubleFunction<String> weight) {
        this.asOf = asOf;
        this.published = Map.copyOf(published);
        this.weight = weight;
    }

    /** The ranking of a briefing without a watchlist. */
    public static Importance of(Briefing briefing) {
        return of(briefing.asOf(), briefing.articles());
    }

    static Importance of(LocalDate asOf, Collection<BriefingArticle> articles) {
        Map<String, LocalDate> dates = new HashMap<>();
        articles.stream().filter(a -> a.publishedAt() != null).forEach(a -> dates.putIfAbsent(a.id(), a.publishedAt()));
        return new Importance(asOf, dates, name -> 1);
    }

    /** The same ranking with a watchlist's weights. */
    public Importance weighted(ToDoubleFunction<String> weights) {
        return new Importance(asOf, published, weights);
    }

    public double score(BriefingInvestment i) {
        double usd = i.amountUsd() == null ? 0 : Math.log10(Math.max(1, i.amountUsd()));
        double status = switch (i.status()) {
            case completed -> 2;
            case announced -> 1.5;
            case planned -> 1;
            case rumored -> 0;
        };
        return (usd + outlets(i.outlets().size()) + status + recency(i.articleIds()))
                * weightOf(Stream.of(i.investor(), i.recipient()));
    }

    public double score(BriefingLaunch l) {
        double status = switch (l.status()) {
            case delayed, denied -> 12;
            case expected -> 10;
            case released -> 9;
        };
        return (status + outlets(l.outlets().size()) + nearness(l) + recency(l.articleIds()))
                * weightOf(Stream.of(l.company()));
    }

    /** A company's score, given the scores of the facts it takes part in (none: 0). */
    public double score(BriefingCompany c, double bestFact) {
        return (bestFact + 2 * outlets(c.articleIds().size()) + recency(c.articleIds())) * weightOf(Stream.of(c.name()));
    }

    /**
     * Most important first; equal scores by USD amount, then by investor and recipient. Like the two
     * below, the comparator scores each fact once and remembers it: use it for one sort at a time.
     */
    public Comparator<BriefingInvestment> investments() {
        ToDoubleFunction<BriefingInvestment> score = remembered(this::score);
        return Comparator.comparingDouble((BriefingInvestment i) -> -score.applyAsDouble(i))
                .thenComparing(BriefingInvestment::amountUsd, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(i -> Objects.requireNonNullElse(i.investor(), ""))
                .thenComparing(i -> Objects.requireNonNullElse(i.recipient(), ""));
    }

    /** Most important first; equal scores by window end (open windows last), then by company and product. */
    public Comparator<BriefingLaunch> launches() {
        ToDoubleFunction<BriefingLaunch> score = remembered(this::score);
        return Comparator.comparingDouble((BriefingLaunch l) -> -score.applyAsDouble(l))
                .thenComparing(l -> l.window() == null ? null : l.window().to(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(l -> Objects.requireNonNullElse(l.company(), ""))
                .thenComparing(BriefingLaunch::product);
    }

    /** Companies by score (see {@link #score(BriefingCompany, double)}), then by coverage, then by name. */
    public Comparator<BriefingCompany> companies(ToDoubleFunction<BriefingCompany> bestFact) {
        ToDoubleFunction<BriefingCompany> score = remembered(c -> score(c, bestFact.applyAsDouble(c)));
        return Comparator.comparingDouble((BriefingCompany c) -> -score.applyAsDouble(c))
                .thenComparing(Comparator.comparingInt((BriefingCompany c) -> c.articleIds().size()).reversed())
                .thenComparing(Comparator.comparingInt(BriefingCompany::mentions).reversed())
                .thenComparing(BriefingCompany::name);
    }

    /**
     * {@code score}, computed once per object: a sort compares each element about log n times, and
     * a company's recency reads the date of every article that names it.
     */
    private static <T> ToDoubleFunction<T> remembered(ToDoubleFunction<T> score) {
        Map<T, Double> scores = new IdentityHashMap<>();
        return t -> scores.computeIfAbsent(t, score::applyAsDouble);
    }

    /** More outlets, more weight, with diminishing returns: 1 outlet 1.0, 2 outlets 1.6, 4 outlets 2.3. */
    private static double outlets(int n) {
        return Math.log1p(Math.max(1, n)) / Math.log(2);
    }

    /** 2 when the latest article is of the as-of date, 1 ninety days before, nothing without a date. */
    private double recency(List<String> articleIds) {
        LocalDate latest = articleIds.stream().map(published::get).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        if (latest == null) {
            return 0;
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(latest, asOf));
        return 2.0 / (1 + days / RECENCY_DAYS);
    }

    /** 2 for a window that ends on the as-of date, half of that a month away, nothing without a date. */
    private double nearness(BriefingLaunch l) {
        if (l.window() == null || l.window().to() == null) {
            return 0;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(asOf, l.window().to()));
        return 2.0 / (1 + days / NEARNESS_DAYS);
    }

    private double weightOf(Stream<String> names) {
        return names.filter(Objects::nonNull).mapToDouble(weight).max().orElse(1);
    }

    static boolean slipped(BriefingLaunch l) {
        return l.status() == LaunchStatus.delayed || l.status() == LaunchStatus.denied;
    }

    static boolean firm(BriefingInvestment i) {
        return i.status() != InvestmentStatus.rumored;
    }
}
