package io.marketwatch.digest;

import io.marketwatch.briefing.BriefingInvestment;
import java.util.List;

/** A company's investments that no earlier run reported: as investor, or as recipient when no investor is named. */
public record CompanyInvestments(String company, List<BriefingInvestment> investments) {

    public CompanyInvestments {
        investments = List.copyOf(investments);
    }
}
