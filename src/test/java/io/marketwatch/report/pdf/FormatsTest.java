package io.marketwatch.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.briefing.DatePeriod;
import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.extract.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    @ParameterizedTest
    @CsvSource({
            "55000000000, $55bn",
            "2788000000, $2.79bn",
            "412345678, $412m",
            "999600000, $1bn",
            "140400000, $140m",
            "9500, $9.5k",
            "500, $500",
            "4100000000000, $4.1tn"})
    void usdIsCompactWithThreeSignificantFigures(double amount, String written) {
        assertThat(Formats.usd(amount)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({
            "380000000000, CNY, CN¥380bn",
            "4100000000000, KRW, ₩4.1tn",
            "12000000000, INR, ₹12bn",
            "2500000000, EUR, €2.5bn",
            "800000000, GBP, £800m",
            "500000000000, JPY, ¥500bn",
            "5600000000, SEK, SEK 5.6bn"})
    void moneyCarriesItsCurrencySign(String value, String currency, String written) {
        assertThat(Formats.money(new Money(new BigDecimal(value), currency, "as written"))).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({
            "2025-04-01, 2025-04-30, Apr 2025",
            "2025-07-01, 2025-09-30, Q3 2025",
            "2025-01-01, 2025-06-30, H1 2025",
            "2025-01-01, 2025-12-31, 2025",
            "2025-06-01, 2025-08-31, Jun – Aug 2025",
            "2025-11-01, 2026-02-28, Nov 2025 – Feb 2026",
            "2025-01-20, 2025-01-31, 20 Jan – 31 Jan 2025",
            "2024-12-20, 2025-01-10, 20 Dec 2024 – 10 Jan 2025",
            "2025-06-05, 2025-06-05, 5 Jun 2025",
            ", 2025-04-30, by 30 Apr 2025",
            "2025-04-01, , from 1 Apr 2025",
            ", , no date"})
    void launchWindowsReadAsPeriods(LocalDate from, LocalDate to, String written) {
        assertThat(Formats.window(new LaunchWindow(from, to))).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({
            "2023-04-04, 2025-04-01, 4 Apr 2023 – 1 Apr 2025",
            "2025-04-01, 2025-04-01, 1 Apr 2025",
            ", 2025-04-01, up to 1 Apr 2025",
            "2025-04-01, , from 1 Apr 2025",
            ", , no dated articles"})
    void periodsWriteOpenEndsOut(LocalDate from, LocalDate to, String written) {
        assertThat(Formats.period(new DatePeriod(from, to))).isEqualTo(written);
    }
}
