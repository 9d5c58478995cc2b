package io.marketwatch.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoWeekTest {

    @ParameterizedTest
    @CsvSource({
            "2025-W14, 2025-03-31, 2025-04-06, 2025-W13",
            "2025W01,  2024-12-30, 2025-01-05, 2024-W52",
            "2020-W53, 2020-12-28, 2021-01-03, 2020-W52",
            "2021-W01, 2021-01-04, 2021-01-10, 2020-W53",
            "2026-w02, 2026-01-05, 2026-01-11, 2026-W01"})
    void aWeekRunsFromMondayToSunday(String text, LocalDate monday, LocalDate sunday, String previous) {
        IsoWeek week = IsoWeek.parse(text);

        assertThat(week.monday()).isEqualTo(monday);
        assertThat(week.sunday()).isEqualTo(sunday);
        assertThat(week.previous()).hasToString(previous);
        assertThat(IsoWeek.of(monday)).isEqualTo(week);
        assertThat(IsoWeek.of(sunday)).isEqualTo(week);
    }

    @ParameterizedTest
    @CsvSource({
            "2025-04-07, 2025-W14",   // Monday: last week is complete
            "2025-04-06, 2025-W13",   // Sunday: this week is not over yet
            "2025-01-01, 2024-W52"})
    void theLastCompleteWeekIsTheOneBeforeToday(LocalDate today, String week) {
        assertThat(IsoWeek.lastCompleteOn(today)).hasToString(week);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-W53", "2025-W00", "2025-W54"})
    void weeksTheYearDoesNotHaveAreRejected(String text) {
        assertThatThrownBy(() -> IsoWeek.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no ISO week");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-14", "W14", "2025-W1", "last week"})
    void textThatIsNoWeekIsRejected(String text) {
        assertThatThrownBy(() -> IsoWeek.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-W14 | 31 Mar \u2013 6 Apr 2025",
            "2025-W01 | 30 Dec 2024 \u2013 5 Jan 2025"})
    void datesNameTheWeeksDays(String week, String dates) {
        assertThat(IsoWeek.parse(week).dates()).isEqualTo(dates);
    }
}
