package io.marketwatch.briefing;

import io.marketwatch.extract.ArticleFacts;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the articles say about one company, in at most three sentences: first the evidence of
 * the facts it takes part in, then the summaries of articles that name it.
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

    private void add(String sentence) {
        if (sentence != null && !sentence.isBlank() && sentences.size() < MAX_SENTENCES) {
            sentences.add(sentence.strip());
        }
    }

    private static boolean namesCompany(String text, String group, CompanyGroups groups) {
        String lower = text.toLowerCase(Locale.ROOT);
        return groups.spellings(group).stream().anyMatch(s -> lower.contains(s.toLowerCase(Locale.ROOT)));
    }
}
