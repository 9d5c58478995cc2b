package io.marketwatch.briefing;

import java.util.List;

/**
 * One line of the executive summary.
 *
 * @param text       what happened, in one sentence
 * @param articleIds the articles it cites
 */
public record Highlight(String text, List<String> articleIds) {

    public Highlight {
        articleIds = List.copyOf(articleIds);
    }
}
