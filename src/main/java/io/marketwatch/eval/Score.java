package io.marketwatch.eval;

import java.util.List;

/**
 * What score.py reports for a briefing.
 *
 * @param companies         company figures
 * @param investments       investment figures
 * @param launches          launch figures
 * @param launchWindowMonth share of matched expected launches whose window ends in the gold month, or null
 * @param articlesMissing   gold titles with no article in the briefing
 * @param differences       one line per missing or extra fact, as score.py --verbose prints them
 */
public record Score(KindScore companies, KindScore investments, KindScore launches, Double launchWindowMonth,
                    List<String> articlesMissing, List<String> differences) {

    public Score {
        articlesMissing = List.copyOf(articlesMissing);
        differences = List.copyOf(differences);
    }

    public double minF1() {
        return Math.min(companies.f1(), Math.min(investments.f1(), launches.f1()));
    }
}
