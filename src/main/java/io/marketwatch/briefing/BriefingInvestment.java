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
 */
public record BriefingInvestment(String investor, String recipient, String purpose, InvestmentKind kind,
                                 Money amount, Double amountUsd, UsdConversion conversion,
                                 InvestmentStatus status, String horizon, List<String> articleIds,
                                 String evidence, List<String> outlets) {

    public BriefingInvestment {
        articleIds = List.copyOf(articleIds);
        outlets = List.copyOf(outlets);
    }
}
