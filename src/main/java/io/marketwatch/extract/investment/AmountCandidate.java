package io.marketwatch.extract.investment;

import io.marketwatch.extract.Money;
import java.util.List;

/**
 * One amount of an article's body as the investment rules read it, for training the model.
 *
 * @param amount      the amount as written
 * @param usd         the article's own USD figure for it, or null
 * @param features    what the model judges it by
 * @param reportable  whether the rules give it a kind and a party, without which it cannot be reported,
 *                    and no trap that the model may not overrule (a deal that did not happen)
 * @param rulesAccept whether the rules alone would report it as an investment
 */
public record AmountCandidate(Money amount, Double usd, List<String> features, boolean reportable,
                              boolean rulesAccept) {
}
