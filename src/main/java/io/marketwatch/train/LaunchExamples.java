package io.marketwatch.train;

import io.marketwatch.extract.ParsedArticle;
import io.marketwatch.extract.RuleBasedFactExtractor;
import io.marketwatch.extract.launch.LaunchCandidate;
import io.marketwatch.extract.launch.LaunchFinder;
import io.marketwatch.extract.launch.LaunchJudge;
import io.marketwatch.extract.learn.Example;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels every launch the rules report in an article: positive when a gold launch of the article
 * matches it (score.py's launch rule). The model may only veto, so every example is one the rules
 * accept and could report.
 */
final class LaunchExamples {

    private final RuleBasedFactExtractor extractor = new RuleBasedFactExtractor();
    private final LaunchFinder finder = new LaunchFinder(LaunchJudge.rulesOnly());

    List<Example> of(List<LabelledArticle> articles) {
        List<Example> out = new ArrayList<>();
        for (LabelledArticle a : articles) {
            ParsedArticle parsed = extractor.parse(a.article(), LabelledArticle.AS_OF);
            for (LaunchCandidate c : finder.candidates(parsed.sentences(), parsed.companies(), parsed.published())) {
                boolean positive = a.gold().hasLaunch(c.fact().company(), c.fact().product(), c.fact().status().name());
                out.add(new Example(a.set(), c.features(), positive, true, true));
            }
        }
        return out;
    }
}
