package io.marketwatch.extract;

import java.util.List;

/**
 * Everything extracted from one article.
 *
 * @param companies   companies in order of first mention
 * @param investments investments stated by the article
 * @param launches    launches stated by the article
 * @param sources     outlets the article cites ("Bloomberg News says")
 * @param summary     two or three sentences taken from the article
 */
public record ArticleFacts(List<CompanyFact> companies, List<InvestmentFact> investments,
                           List<LaunchFact> launches, List<String> sources, String summary) {

    public ArticleFacts {
        companies = List.copyOf(companies);
        investments = List.copyOf(investments);
        launches = List.copyOf(launches);
        sources = List.copyOf(sources);
    }
}
