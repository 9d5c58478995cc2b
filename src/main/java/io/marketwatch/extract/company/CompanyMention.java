package io.marketwatch.extract.company;

import io.marketwatch.extract.phrase.ParsedSentence;

/**
 * A place in a sentence that names a company.
 *
 * @param company    the company's canonical name
 * @param fromToken  index of the name's first token in the sentence
 * @param toToken    index just after its last token
 * @param possessive whether it is written as a possessive ("Alibaba’s")
 * @param subject    whether it stands where an actor stands, not after "with", "like", "of" …
 */
public record CompanyMention(String company, int fromToken, int toToken, boolean possessive, boolean subject) {

    /**
     * Whether the name ends right before token {@code k}, its abbreviation's full stop allowed between
     * ("Oracle Corp., which": the name ends before the comma).
     */
    public boolean endsBefore(ParsedSentence s, int k) {
        return toToken == k || toToken == k - 1 && s.lower(toToken).equals(".");
    }
}
