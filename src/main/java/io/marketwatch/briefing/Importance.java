package io.marketwatch.briefing;

import io.marketwatch.extract.InvestmentStatus;
import io.marketwatch.extract.LaunchStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How much a fact matters to an analyst, one scale for investments and launches: the amount in USD
 * (by orders of magnitude), the number of outlets that report it, its status (a completed deal or a
 * slipped launch counts more than a plan or a rumour), and for launches how near the window lies to
 * the as-of date. The executive summary and the digest rank by it.
 */
public final class Importance {

    private Importance() {
    }

    public static double of(BriefingInvestment i) {
        double usd = i.amountUsd() == null ? 0 : Math.log10(Math.max(1, i.amountUsd()));
        return usd + outlets(i.outlets().size()) + switch (i.status()) {
            case completed -> 2;
            case announced -> 1.5;
            case planned -> 1;
            case rumored -> 0;
        };
    }

    public static double of(BriefingLaunch l, LocalDate asOf) {
        double status = switch (l.status()) {
            case delayed, denied -> 6;
            case expected -> 4;
            case released -> 3;
        };
        return status + outlets(l.outlets().size()) + nearness(l, asOf);
    }

    /** More outlets, more weight, with diminishing returns: 1 outlet 1.0, 2 outlets 1.6, 4 outlets 2.4. */
    private static double outlets(int n) {
        return 1.5 * Math.log1p(Math.max(1, n)) / Math.log1p(1) * 0.67;
    }

    /** 2 for a window that ends on the as-of date, half of that a month away, nothing without a date. */
    private static double nearness(BriefingLaunch l, LocalDate asOf) {
        if (l.window() == null || l.window().to() == null) {
            return 0;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(asOf, l.window().to()));
        return 2.0 / (1 + days / 30.0);
    }

    static boolean slipped(BriefingLaunch l) {
        return l.status() == LaunchStatus.delayed || l.status() == LaunchStatus.denied;
    }

    static boolean firm(BriefingInvestment i) {
        return i.status() != InvestmentStatus.rumored;
    }
}
