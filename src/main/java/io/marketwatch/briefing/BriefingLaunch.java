package io.marketwatch.briefing;

import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.extract.LaunchWindow;
import java.util.List;

/** A launch, merged over every article that reports it. */
public record BriefingLaunch(String company, String product, LaunchStatus status, LaunchWindow window,
                             String windowText, List<String> articleIds, String evidence, List<String> outlets) {

    public BriefingLaunch {
        articleIds = List.copyOf(articleIds);
        outlets = List.copyOf(outlets);
    }
}
