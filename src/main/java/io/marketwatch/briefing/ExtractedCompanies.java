package io.marketwatch.briefing;

import java.util.Set;

/**
 * Known parties as the night knows them: a name is a company when some article of the briefing
 * named it as one and it is longer than a couple of letters (a lone initial is more often a
 * fragment than a company); the reason says whether the knowledge base knows it too (an article
 * linked it to an entry).
 */
final class ExtractedCompanies implements KnownParties {

    private static final int SHORTEST_NAME = 3;

    private final CompanyGroups groups;
    private final Set<String> linkedGroups;

    /** @param linkedGroups the groups (of {@code groups}) that some article linked to a knowledge-base entry */
    ExtractedCompanies(CompanyGroups groups, Set<String> linkedGroups) {
        this.groups = groups;
        this.linkedGroups = Set.copyOf(linkedGroups);
    }

    @Override
    public Verdict check(String name) {
        long letters = name.codePoints().filter(Character::isLetterOrDigit).count();
        if (letters < SHORTEST_NAME) {
            return new Verdict(false, "too short for a company name");
        }
        if (!groups.isNamed(name)) {
            return new Verdict(false, "not named as a company in the articles");
        }
        if (linkedGroups.contains(groups.groupOf(name))) {
            return new Verdict(true, "a company of the knowledge base");
        }
        return new Verdict(true, "named as a company in the articles (not in the knowledge base)");
    }
}
