package io.marketwatch.briefing;

import java.time.LocalDate;

/**
 * Where a USD figure comes from.
 *
 * @param byArticle true when the article states the conversion itself
 * @param rate      USD per unit of the original currency (null when by the article)
 * @param rateDate  the date of the FX table's rate (null when by the article)
 */
public record UsdConversion(boolean byArticle, Double rate, LocalDate rateDate) {

    public static UsdConversion fromArticle() {
        return new UsdConversion(true, null, null);
    }
}
