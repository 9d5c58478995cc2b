package io.marketwatch.extract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money as an article states it.
 *
 * @param value    the amount in units of the currency (380 billion yuan is 380000000000)
 * @param currency ISO 4217 code
 * @param text     the amount as written ("380 billion yuan")
 */
public record Money(BigDecimal value, String currency, String text) {

    public Money {
        Objects.requireNonNull(value, "value");
        if (currency == null || currency.length() != 3 || !currency.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new IllegalArgumentException("not an ISO 4217 code: " + currency);
        }
    }
}
