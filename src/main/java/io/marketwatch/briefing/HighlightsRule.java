package io.marketwatch.briefing;

import io.marketwatch.extract.LaunchStatus;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses the executive summary: the largest commitments in USD first (the more important of them,
 * by {@link Importance}, first), then every delayed or denied launch (up to the launch limit) and the
 * nearest expected ones, then the story that the most outlets carried when it is not already listed.
 * No item merely counts mentions. Facts whose confidence is below the threshold stay out of it (and
 * out of the digest).
 */
public final class HighlightsRule {

    private final int investments;
    private final int launches;
    private final int stories;
    private final double minConfidence;

    /** The default threshold of {@code marketwatch.review.min-confidence}. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    public HighlightsRule(int investments, int launches, int stories, double minConfidence) {
        this.investments = investments;
        this.launches = launches;
        this.stories = stories;
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

    List<Highlight> select(Importance importance, LocalDate asOf, List<BriefingInvestment> allInvestments,
                           List<BriefingLaunch> allLaunches) {
        List<Highlight> lines = new ArrayList<>();
        Set<Object> listed = new HashSet<>();
        List<BriefingInvestment> confidentInvestments = allInvestments.stream().filter(i -> confident(i.review()))
                .toList();
        List<BriefingLaunch> confidentLaunches = allLaunches.stream().filter(l -> confident(l.review())).toList();
        confidentInvestments.stream().filter(i -> i.amountUsd() != null)
                .sorted(Comparator.comparing(BriefingInvestment::amountUsd).reversed()).limit(investments)
                .sorted(importance.investments())
                .forEach(i -> {
                    listed.add(i);
                    lines.add(new Highlight(describe(i), i.articleIds()));
                });
        launchesToWatch(importance, asOf, confidentLaunches).stream().limit(launches).forEach(l -> {
            listed.add(l);
            lines.add(new Highlight(describe(l), l.articleIds()));
        });
        mostReported(importance, confidentInvestments, confidentLaunches, listed).stream().limit(stories)
                .forEach(lines::add);
        return lines;
    }

    /** Delayed and denied launches first, then expected ones from the as-of date on, by importance. */
    private static List<BriefingLaunch> launchesToWatch(Importance importance, LocalDate asOf,
                                                        List<BriefingLaunch> launches) {
        Comparator<BriefingLaunch> byImportance = importance.launches();
        List<BriefingLaunch> chosen = new ArrayList<>(launches.stream().filter(Importance::slipped)
                .sorted(byImportance).toList());
        List<BriefingLaunch> expected = launches.stream()
                .filter(l -> l.status() == LaunchStatus.expected && l.window() != null && l.window().to() != null)
                .toList();
        List<BriefingLaunch> ahead = expected.stream().filter(l -> !l.window().to().isBefore(asOf)).toList();
        chosen.addAll((ahead.isEmpty() ? expected : ahead).stream().sorted(byImportance).toList());
        return chosen;
    }

    /** Facts reported by more than one outlet, most outlets first, that the summary does not hold yet. */
    private static List<Highlight> mostReported(Importance importance, List<BriefingInvestment> investments,
                                                List<BriefingLaunch> launches, Set<Object> listed) {
        record Story(Highlight highlight, int outlets, double importance) {
        }
        List<Story> stories = new ArrayList<>();
        investments.stream().filter(i -> !listed.contains(i) && i.outlets().size() > 1 && Importance.firm(i))
                .forEach(i -> stories.add(new Story(new Highlight(describe(i), i.articleIds()), i.outlets().size(),
                        importance.score(i))));
        launches.stream().filter(l -> !listed.contains(l) && l.outlets().size() > 1)
                .forEach(l -> stories.add(new Story(new Highlight(describe(l), l.articleIds()), l.outlets().size(),
                        importance.score(l))));
        return stories.stream().sorted(Comparator.comparingInt(Story::outlets).reversed()
                .thenComparing(Comparator.comparingDouble(Story::importance).reversed())).map(Story::highlight).toList();
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
        String when = when(l);
        String quoted = l.windowText() != null ? " (\u201c" + l.windowText() + "\u201d)" : "";
        return switch (l.status()) {
            case expected -> l.company() + " is expected to release " + l.product() + (when.isEmpty() ? "" : " " + when)
                    + quoted + ".";
            case delayed -> l.company() + " has delayed " + l.product() + (when.isEmpty() ? "" : "; it now comes " + when)
                    + quoted + ".";
            case denied -> l.company() + " denied that " + l.product() + " would come"
                    + (when.isEmpty() ? " as reported" : " " + when) + quoted + ".";
            case released -> l.company() + " released " + l.product() + (when.isEmpty() ? "" : " " + when) + quoted + ".";
        };
    }

    private static String when(BriefingLaunch l) {
        if (l.window() == null || l.window().to() == null) {
            return l.window() != null && l.window().from() != null ? "from " + l.window().from() : "";
        }
        return l.window().from() != null && !l.window().from().equals(l.window().to())
                ? "between " + l.window().from() + " and " + l.window().to()
                : (l.window().from() == null ? "by " : "on ") + l.window().to();
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
