package io.marketwatch.extract.money;

import io.marketwatch.extract.Money;

/**
 * One amount of money found in a sentence.
 *
 * @param amount      the amount as written: value in units of the currency, ISO code, text without
 *                    qualifier words ("380 billion yuan", "Rs 2,048 crore", "US$29 billion")
 * @param start       offset of the amount's first character in the sentence
 * @param end         offset just after the amount's text in the sentence
 * @param conversion  the sentence's own conversion stated right after it ("(around $55 billion)",
 *                    ", or about $569 million"), or null; never reported as a mention of its own
 * @param approximate a qualifier word stands before it ("about", "more than", "up to" …)
 * @param perUnit     a unit follows it ("a share", "per month", "each", "apiece", "a year" …): a price
 *                    or a rate rather than a sum
 * @param qualifier   the qualifier as written ("about", "more than"), or null
 */
public record MoneyMention(Money amount, int start, int end, Money conversion, boolean approximate,
                           boolean perUnit, String qualifier) {

    /** @return the amount's text with its qualifier, as an analyst would quote it ("about S$4.915 billion") */
    public String textWithQualifier() {
        return qualifier == null ? amount.text() : qualifier + " " + amount.text();
    }
}
