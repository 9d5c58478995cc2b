package io.marketwatch.briefing;

/**
 * Known parties as extraction knows them today: a name is a company when some article of the
 * briefing named it as one and it is longer than a couple of letters (a lone initial is more often
 * a fragment than a company).
 */
final class ExtractedCompanies implements KnownParties {

    private static final int SHORTEST_NAME = 3;

    private final CompanyGroups groups;

    ExtractedCompanies(CompanyGroups groups) {
        this.groups = groups;
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
        return new Verdict(true, "named as a company in the articles");
    }
}
