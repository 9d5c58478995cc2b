package io.marketwatch.briefing;

import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.extract.LaunchWindow;
import java.util.List;

/**
 * A launch, merged over every article that reports it.
 *
 * @param review its id, confidence and correction, or null for a hand-made launch
 */
public record BriefingLaunch(String company, String product, LaunchStatus status, LaunchWindow window,
                             String windowText, List<String> articleIds, String evidence, List<String> outlets,
                             FactReview review) {

    public BriefingLaunch {
        articleIds = List.copyOf(articleIds);
        outlets = List.copyOf(outlets);
    }

    /** The same launch with another review. */
    BriefingLaunch withReview(FactReview other) {
        return new BriefingLaunch(company, product, status, window, windowText, articleIds, evidence, outlets, other);
    }

    /** Whether two product names name the same product, as the briefing decides when it merges launches. */
    public static boolean sameProduct(String a, String b) {
        return LaunchMerger.sameProduct(a, b);
    }

    /** A product name reduced to lower-case letters and digits: equal keys are certainly the same product. */
    public static String productKey(String product) {
        return LaunchMerger.squash(product);
    }
}
