package io.marketwatch.briefing;

import java.util.List;

/**
 * A company across all the articles that name it.
 *
 * @param name          canonical name
 * @param aliases       other names used for it
 * @param articleIds    the articles that name it
 * @param mentions      how often it is named, over all articles
 * @param summary       what the articles say about it, in a few sentences
 * @param investedUsd   sum in USD of the investments it makes (converted ones only), 0 when none
 * @param mentionedWith other companies named in the same articles, most frequent first
 */
public record BriefingCompany(String name, List<String> aliases, List<String> articleIds, int mentions,
                              String summary, double investedUsd, List<String> mentionedWith) {

    public BriefingCompany {
        aliases = List.copyOf(aliases);
        articleIds = List.copyOf(articleIds);
        mentionedWith = List.copyOf(mentionedWith);
    }
}
