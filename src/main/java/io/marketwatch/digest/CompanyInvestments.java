package io.marketwatch.digest;

import io.marketwatch.briefing.BriefingInvestment;
import java.util.List;

/** A company's investments that no earlier run reported: funding it raised, or money it puts in elsewhere. */
public record CompanyInvestments(String company, List<BriefingInvestment> investments) {

    public CompanyInvestments {
        investments = List.copyOf(investments);
    }
}
