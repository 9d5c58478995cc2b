package io.marketwatch.briefing;

import io.marketwatch.kb.KnownEntity;
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
 * @param entity        the knowledge-base company it is, or null when no article is sure of one
 */
public record BriefingCompany(String name, List<String> aliases, List<String> articleIds, int mentions,
                              String summary, double investedUsd, List<String> mentionedWith, KnownEntity entity) {

    public BriefingCompany {
        aliases = List.copyOf(aliases);
        articleIds = List.copyOf(articleIds);
        mentionedWith = List.copyOf(mentionedWith);
    }

    /** A company the knowledge base does not link. */
    public BriefingCompany(String name, List<String> aliases, List<String> articleIds, int mentions,
                           String summary, double investedUsd, List<String> mentionedWith) {
        this(name, aliases, articleIds, mentions, summary, investedUsd, mentionedWith, null);
    }
}
