package io.marketwatch.briefing;

import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.InvestmentStatus;
import io.marketwatch.extract.Money;
import java.util.List;

/**
 * An investment, merged over every article that reports it.
 *
 * @param amountUsd  the article's own conversion, else the FX table's, else null
 * @param conversion how amountUsd was obtained, or null when not converted
 * @param articleIds every article that reports it (first the one the evidence comes from)
 * @param outlets    the distinct outlets that corroborate it
 * @param review     its id, confidence and correction, or null for a hand-made investment
 */
public record BriefingInvestment(String investor, String recipient, String purpose, InvestmentKind kind,
                                 Money amount, Double amountUsd, UsdConversion conversion,
                                 InvestmentStatus status, String horizon, List<String> articleIds,
                                 String evidence, List<String> outlets, FactReview review) {

    public BriefingInvestment {
        articleIds = List.copyOf(articleIds);
        outlets = List.copyOf(outlets);
    }

    /** The same investment with another review. */
    BriefingInvestment withReview(FactReview other) {
        return new BriefingInvestment(investor, recipient, purpose, kind, amount, amountUsd, conversion, status, horizon,
                articleIds, evidence, outlets, other);
    }
}
