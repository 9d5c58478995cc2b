package io.marketwatch.extract;

/**
 * Money one party commits to put into something (FACTS.md, "Investment").
 *
 * @param investor  canonical company name of the payer, or null when the article does not say
 * @param recipient canonical company name of the receiver, or null (capex)
 * @param purpose   short text, or null
 * @param amount    the first figure as written
 * @param amountUsd the article's own USD conversion, or null (the briefing may convert later)
 * @param horizon   text such as "over the coming years", or null
 * @param evidence  the sentence that states it
 */
public record InvestmentFact(String investor, String recipient, String purpose, InvestmentKind kind,
                             Money amount, Double amountUsd, InvestmentStatus status, String horizon,
                             String evidence) {
}
