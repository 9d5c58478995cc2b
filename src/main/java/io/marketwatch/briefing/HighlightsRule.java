package io.marketwatch.briefing;

import io.marketwatch.extract.LaunchStatus;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Chooses the executive summary: the largest investments in USD, the nearest expected launches
 * (from the as-of date on; the latest ones when none lies ahead) and the most-covered companies.
 * Facts whose confidence is below the threshold stay out of it (and out of the digest).
 */
public final class HighlightsRule {

    private final int investments;
    private final int launches;
    private final int companies;
    private final double minConfidence;

    /** The default threshold of {@code marketwatch.review.min-confidence}. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    public HighlightsRule(int investments, int launches, int companies, double minConfidence) {
        this.investments = investments;
        this.launches = launches;
        this.companies = companies;
        this.minConfidence = minConfidence;
    }

    public static HighlightsRule defaults() {
        return withMinConfidence(DEFAULT_MIN_CONFIDENCE);
    }

    public static HighlightsRule withMinConfidence(double minConfidence) {
        return new HighlightsRule(2, 2, 1, minConfidence);
    }

    /** Whether a fact is confident enough for the executive summary and the digest (a fact without review is). */
    public boolean confident(FactReview review) {
        return review == null || review.correction() != null || !review.doubtful();
    }

    public double minConfidence() {
        return minConfidence;
    }

    List<Highlight> select(LocalDate asOf, List<BriefingInvestment> allInvestments, List<BriefingLaunch> allLaunches,
                           List<BriefingCompany> allCompanies) {
        List<Highlight> lines = new ArrayList<>();
        allInvestments.stream().filter(i -> i.amountUsd() != null && confident(i.review())).limit(investments)
                .forEach(i -> lines.add(new Highlight(describe(i), i.articleIds())));
        nearestExpected(asOf, allLaunches).stream().filter(l -> confident(l.review())).limit(launches)
                .forEach(l -> lines.add(new Highlight(describe(l), l.articleIds())));
        allCompanies.stream().filter(c -> c.articleIds().size() > 1 || allCompanies.size() <= companies).limit(companies)
                .forEach(c -> lines.add(new Highlight(c.name() + " is named in " + c.articleIds().size()
                        + (c.articleIds().size() == 1 ? " article." : " articles."), c.articleIds().subList(0,
                        Math.min(3, c.articleIds().size())))));
        return lines;
    }

    private static List<BriefingLaunch> nearestExpected(LocalDate asOf, List<BriefingLaunch> launches) {
        List<BriefingLaunch> expected = launches.stream()
                .filter(l -> l.status() == LaunchStatus.expected && l.window() != null && l.window().to() != null)
                .toList();
        List<BriefingLaunch> ahead = expected.stream().filter(l -> !l.window().to().isBefore(asOf)).toList();
        if (!ahead.isEmpty()) {
            return ahead;
        }
        return expected.stream().sorted(Comparator.comparing((BriefingLaunch l) -> l.window().to()).reversed()).toList();
    }

    /** The investment in one sentence ("Alibaba Group plans to invest 380 billion yuan (about US$55.0 billion) in …"). */
    public static String describe(BriefingInvestment i) {
        String amount = i.amount().text() == null || i.amount().text().isBlank()
                ? i.amount().value().toPlainString() + " " + i.amount().currency() : i.amount().text();
        if (!"USD".equals(i.amount().currency()) || i.conversion() != null) {
            amount += " (about " + usd(i.amountUsd()) + ")";
        }
        String investor = Objects.requireNonNullElse(i.investor(), "Undisclosed investors");
        String target = i.recipient() != null ? i.recipient() : i.purpose();
        return switch (i.kind()) {
            case capex -> investor + plan(i, " plans to invest ", " invests ", " invested ") + amount
                    + (i.purpose() != null ? " in " + i.purpose() : "") + ".";
            case funding -> (i.recipient() != null ? i.recipient() : "A company") + " raised " + amount
                    + (i.investor() != null ? " from " + i.investor() : "") + ".";
            case acquisition -> investor + plan(i, " plans to buy ", " agreed to buy ", " bought ")
                    + Objects.requireNonNullElse(target, "a business") + " for " + amount + ".";
            case stake -> investor + plan(i, " plans to buy a stake in ", " agreed to buy a stake in ",
                    " bought a stake in ") + Objects.requireNonNullElse(target, "a company") + " for " + amount + ".";
            case other -> investor + " commits " + amount + (target != null ? " to " + target : "") + ".";
        };
    }

    private static String plan(BriefingInvestment i, String planned, String announced, String completed) {
        return switch (i.status()) {
            case planned -> planned;
            case completed -> completed;
            case rumored -> " is reported to" + planned.replace(" plans to", "");
            case announced -> announced;
        };
    }

    static String describe(BriefingLaunch l) {
        String when = l.window().from() != null && !l.window().from().equals(l.window().to())
                ? "between " + l.window().from() + " and " + l.window().to()
                : (l.window().from() == null ? "by " : "on ") + l.window().to();
        return l.company() + " is expected to release " + l.product() + " " + when
                + (l.windowText() != null ? " (\u201c" + l.windowText() + "\u201d)" : "") + ".";
    }

    static String usd(Double amount) {
        double v = amount;
        DecimalFormat one = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        if (v >= 1e12) {
            return "US$" + one.format(v / 1e12) + " trillion";
        }
        if (v >= 1e9) {
            return "US$" + one.format(v / 1e9) + " billion";
        }
        if (v >= 1e6) {
            return "US$" + one.format(v / 1e6) + " million";
        }
        return "US$" + new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
