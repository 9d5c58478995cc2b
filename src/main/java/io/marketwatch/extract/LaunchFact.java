package io.marketwatch.extract;

/**
 * A product released or expected (FACTS.md, "Launch").
 *
 * @param company    canonical company name
 * @param product    name as written, or a short description for an unnamed one
 * @param window     resolved dates, or null when the article gives none
 * @param windowText the phrase as written, or null
 * @param evidence   the sentence that states it
 */
public record LaunchFact(String company, String product, LaunchStatus status, LaunchWindow window,
                         String windowText, String evidence) {
}
