package io.marketwatch.train;

import io.marketwatch.extract.ParsedArticle;
import io.marketwatch.extract.RuleBasedFactExtractor;
import io.marketwatch.extract.investment.AmountCandidate;
import io.marketwatch.extract.investment.InvestmentFinder;
import io.marketwatch.extract.learn.Example;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels every amount the investment rules read in an article: positive when a gold investment of
 * the article has that amount (score.py's amount rule), whoever its parties are. Only amounts the
 * rules give a kind and a party can be reported; the others still teach the model. The parties are
 * the rules' business; the model only learns which amounts are investments.
 */
final class InvestmentExamples {

    private final RuleBasedFactExtractor extractor = new RuleBasedFactExtractor();
    private final InvestmentFinder finder = new InvestmentFinder();

    List<Example> of(List<LabelledArticle> articles) {
        List<Example> out = new ArrayList<>();
        for (LabelledArticle a : articles) {
            ParsedArticle parsed = extractor.parse(a.article(), LabelledArticle.AS_OF);
            for (AmountCandidate c : finder.candidates(parsed.sentences(), parsed.companies(), parsed.currencies())) {
                boolean positive = a.gold().hasInvestmentAmount(c.amount().currency(),
                        c.amount().value().doubleValue(), c.usd());
                out.add(new Example(a.set(), c.features(), positive, c.rulesAccept(), c.reportable()));
            }
        }
        return out;
    }
}
