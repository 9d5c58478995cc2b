package io.marketwatch.train;

import io.marketwatch.extract.ParsedArticle;
import io.marketwatch.extract.RuleBasedFactExtractor;
import io.marketwatch.extract.company.CompanyCandidate;
import io.marketwatch.extract.company.CompanyFinder;
import io.marketwatch.extract.company.CompanyJudge;
import io.marketwatch.extract.learn.Example;
import io.marketwatch.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels every name the company rules decide on in an article: positive when a gold company of the
 * article goes by its fullest form or any other (score.py's name rule). The rules' verdict is the
 * one the finder gives without a model, so that the model learns from the rules, not from itself.
 * Names the rules call products are taught but never judged: the model may not make companies of them.
 */
final class CompanyExamples {

    private final RuleBasedFactExtractor extractor = new RuleBasedFactExtractor();
    private final CompanyFinder finder = new CompanyFinder(KnowledgeBase.shipped(), CompanyJudge.rulesOnly());

    List<Example> of(List<LabelledArticle> articles) {
        List<Example> out = new ArrayList<>();
        for (LabelledArticle a : articles) {
            ParsedArticle parsed = extractor.parse(a.article(), LabelledArticle.AS_OF);
            for (CompanyCandidate c : finder.candidates(parsed.sentences())) {
                out.add(new Example(a.set(), c.features(), a.gold().hasCompany(c.forms()), c.rulesAccept(),
                        c.admissible()));
            }
        }
        return out;
    }
}
