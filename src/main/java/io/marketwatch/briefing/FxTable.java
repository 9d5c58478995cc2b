package io.marketwatch.briefing;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Reference exchange rates shipped with the program.
 *
 * @param date       the date the rates were taken
 * @param usdPerUnit USD per one unit of each currency, by ISO code
 */
public record FxTable(LocalDate date, Map<String, Double> usdPerUnit) {

    public FxTable {
        usdPerUnit = Map.copyOf(usdPerUnit);
    }

    public Optional<Double> rate(String currency) {
        return Optional.ofNullable(usdPerUnit.get(currency));
    }
}
