package io.marketwatch.briefing;

/**
 * Whether a party of a fact is a known company: one input of a fact's confidence. {@link
 * ExtractedCompanies} answers from what extraction found in the night's articles and whether they
 * linked the company to a knowledge-base entry.
 */
@FunctionalInterface
public interface KnownParties {

    /** What is known of the name: whether it is a company, and why, in words for the fact's reasons. */
    Verdict check(String name);

    /**
     * @param company whether the name is known as a company
     * @param why     the reason, e.g. "named as a company by extraction"
     */
    record Verdict(boolean company, String why) {
    }
}
