package io.marketwatch.briefing;

import java.time.LocalDate;

/** An inclusive range of dates; either end may be null. */
public record DatePeriod(LocalDate from, LocalDate to) {
}
