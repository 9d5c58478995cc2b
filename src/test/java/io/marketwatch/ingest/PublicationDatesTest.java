package io.marketwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2021-08-02T08:45:00+10:00         | 2021-08-02
            2022-01-14T04:12:00Z              | 2022-01-14
            2019-02-14 11:28                  | 2019-02-14
            Mon, 19 Jul 2021 08:20:00 +0000   | 2021-07-19
            March 27, 2025                    | 2025-03-27
            Sept. 4th, 2024                   | 2024-09-04
            27 March 2025                     | 2025-03-27
            2025-02-30                        | null
            Tomorrow morning                  | null
            """)
    void readsTheDateAsWritten(String value, String date) {
        assertThat(PublicationDates.parse(value)).isEqualTo(date == null ? null : LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{0} {1} before {2}")
    @CsvSource(nullValues = "null", value = {
        "March, 3, 2026-01-01, 2025-03-03",
        "December, 31, 2026-01-01, 2025-12-31",
        "January, 1, 2026-01-01, 2026-01-01",
        "Feb, 29, 2026-01-01, null",
        "March, 3, null, null"})
    void yearLessDateIsTheLatestOnOrBeforeTheReference(String month, String day, LocalDate reference, LocalDate date) {
        assertThat(PublicationDates.withoutYear(month, day, reference)).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Thursday, 4 May 2017                                  | 2017-05-04
            Sat Aug 9, 2014 09:02am EDT                           | 2014-08-09
            HAMBURG, Germany — October 3, 2019                    | 2019-10-03
            By Jane Roe, Lisbon · Friday 12 April 2013            | 2013-04-12
            Oslo · Published Monday, June 8, 2015                 | 2015-06-08
            Tuesday, March 4, 2008, 7:15 p.m. ET                  | 2008-03-04
            Last Updated: 2021-03-02 10:00 WET                    | 2021-03-02
            Shares rose on March 3, 2024                          | null
            Orders open on May 1, 2024, Acme said                 | null
            The plant opened in 2019                              | null
            Monday                                                | null
            """)
    void dateLineIsADateAndWhatGoesWithOneOnly(String line, String date) {
        assertThat(PublicationDates.shown(line)).isEqualTo(date == null ? null : LocalDate.parse(date));
    }
}
