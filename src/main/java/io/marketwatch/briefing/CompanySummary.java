package io.marketwatch.briefing;

import io.marketwatch.extract.ArticleFacts;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the articles say about one company, in at most three sentences: first the evidence of
 * the facts it takes part in, then the summaries of articles that name it. Nothing is said twice:
 * a sentence that {@link TextSimilarity} finds the same as one already kept (the same story told
 * by another outlet) is left out, and so is an evidence sentence repeated inside a summary.
 */
final class CompanySummary {

    private static final int MAX_SENTENCES = 3;

    private final Set<String> sentences = new LinkedHashSet<>();

    void addSentencesAbout(String group, ExtractedArticle article, CompanyGroups groups) {
        if (sentences.size() >= MAX_SENTENCES) {
            return;
        }
        ArticleFacts facts = article.facts();
        facts.investments().stream()
                .filter(i -> group.equals(groups.groupOf(i.investor())) || group.equals(groups.groupOf(i.recipient())))
                .forEach(i -> add(i.evidence()));
        facts.launches().stream().filter(l -> group.equals(groups.groupOf(l.company()))).forEach(l -> add(l.evidence()));
        if (facts.summary() != null && namesCompany(facts.summary(), group, groups)) {
            add(facts.summary());
        }
    }

    String text() {
        return sentences.isEmpty() ? null : String.join(" ", sentences);
    }

    private void add(String text) {
        if (text == null || text.isBlank() || sentences.size() >= MAX_SENTENCES) {
            return;
        }
        String rest = text.strip();
        for (String kept : sentences) {
            rest = rest.replace(kept, " ").strip().replaceAll("\\s{2,}", " ");
        }
        String candidate = rest;
        if (!candidate.isEmpty() && sentences.stream().noneMatch(kept -> TextSimilarity.same(kept, candidate))) {
            sentences.add(candidate);
        }
    }

    private static boolean namesCompany(String text, String group, CompanyGroups groups) {
        String lower = text.toLowerCase(Locale.ROOT);
        return groups.spellings(group).stream().anyMatch(s -> lower.contains(s.toLowerCase(Locale.ROOT)));
    }
}
