package io.marketwatch.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatePhrasesTest {

    /**
     * Each case: publication date, a sentence, the phrase expected in it, its window (from..to, "-"
     * for an open end) and tense.
     */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            2025-04-01 => Its new AI platform could emerge later in April.               => later in April              => 2025-04-01..2025-04-30 => FUTURE
            2025-04-01 => It will release Qwen 3 as early as this month.                 => as early as this month      => 2025-04-01..2025-04-30 => FUTURE
            2025-04-01 => It will also release this month.                               => this month                  => 2025-04-01..2025-04-30 => FUTURE
            2025-04-01 => It aims to release its next model before May.                  => before May                  => 2025-04-01..2025-04-30 => FUTURE
            2025-04-01 => It will arrive next month.                                     => next month                  => 2025-05-01..2025-05-31 => FUTURE
            2025-04-01 => DeepSeek made headlines in late January.                       => in late January             => 2025-01-20..2025-01-31 => PAST
            2025-04-01 => It rolled out a model at the start of the year.                => at the start of the year    => 2025-01-01..2025-01-31 => PAST
            2025-04-01 => It will ship in early March.                                   => in early March              => 2026-03-01..2026-03-10 => FUTURE
            2025-04-01 => It shipped in early March.                                     => in early March              => 2025-03-01..2025-03-10 => PAST
            2024-06-01 => Kestrel said the Volt goes on sale in September.               => in September                => 2024-09-01..2024-09-30 => FUTURE
            2024-06-01 => Kestrel said its vans arrive in dealerships in March.         => in March                    => 2025-03-01..2025-03-31 => FUTURE
            2024-06-01 => Kestrel said the Volt didn't go on sale in March.              => in March                    => 2024-03-01..2024-03-31 => PAST
            2024-01-17 => Orders opened on Monday, and the phones reach stores on January 31. => on January 31 => 2024-01-31..2024-01-31 => FUTURE
            2024-06-01 => The chain said its new stores open on May 3.                   => on May 3                    => 2025-05-03..2025-05-03 => FUTURE
            2021-06-08 => Terran 1 will make its first launch by the end of this year.   => by the end of this year     => 2021-06-08..2021-12-31 => FUTURE
            2021-06-08 => It should close by the end of the year.                        => by the end of the year      => 2021-06-08..2021-12-31 => FUTURE
            2018-03-01 => It will launch by the end of 2019.                             => by the end of 2019          => 2018-03-01..2019-12-31 => FUTURE
            2021-06-08 => The console will be in shops before the end of this year.    => before the end of this year => 2021-06-08..2021-12-31 => FUTURE
            2025-04-01 => The chip should arrive by the third quarter.                   => by the third quarter        => 2025-04-01..2025-09-30 => FUTURE
            2025-04-01 => The chip arrives in the third quarter.                         => in the third quarter        => 2025-07-01..2025-09-30 => FUTURE
            2025-04-01 => Shipments begin in Q3 2026.                                    => in Q3 2026                  => 2026-07-01..2026-09-30 => FUTURE
            2025-04-01 => Shipments begin in the third quarter of 2026.                  => in the third quarter of 2026 => 2026-07-01..2026-09-30 => FUTURE
            2021-08-02 => They expect it to close in the first quarter of calendar 2022. => in the first quarter of calendar 2022 => 2022-01-01..2022-03-31 => FUTURE
            2025-04-01 => It is due in the second half of 2026.                          => in the second half of 2026  => 2026-07-01..2026-12-31 => FUTURE
            2025-04-01 => Sales rose in the first half.                                  => in the first half           => 2025-01-01..2025-06-30 => PAST
            2025-04-01 => The rocket will fly in early 2026.                             => in early 2026               => 2026-01-01..2026-03-31 => FUTURE
            2025-04-01 => The rocket will fly early next year.                           => early next year             => 2026-01-01..2026-03-31 => FUTURE
            2025-04-01 => The rocket will fly in late 2026.                              => in late 2026                => 2026-10-01..2026-12-31 => FUTURE
            2024-01-10 => Deliveries start in mid-2025.                                  => in mid-2025                 => 2025-04-01..2025-09-30 => FUTURE
            2019-04-12 => The phone will arrive this summer.                             => this summer                 => 2019-06-01..2019-08-31 => FUTURE
            2019-04-12 => The phone will arrive next year.                               => next year                   => 2020-01-01..2020-12-31 => FUTURE
            2021-06-08 => The vehicle should be ready to launch in 2024.                 => in 2024                     => 2024-01-01..2024-12-31 => FUTURE
            2025-05-20 => In 2017 it released the Surge S1.                              => In 2017                     => 2017-01-01..2017-12-31 => PAST
            2021-07-15 => The first units will ship in time for the holiday season.      => in time for the holiday season => 2021-07-15..2021-11-30 => FUTURE
            2019-06-14 => It would announce a new date in the coming weeks.              => in the coming weeks         => 2019-06-14..2019-07-26 => FUTURE
            2025-04-02 => Nintendo will put the Switch 2 on shelves on June 5.           => on June 5                   => 2025-06-05..2025-06-05 => FUTURE
            2025-04-02 => Mario Kart World will also go on sale June 5.                  => June 5                      => 2025-06-05..2025-06-05 => FUTURE
            2019-04-12 => Disney+ will launch in the United States on November 12.       => on November 12              => 2019-11-12..2019-11-12 => FUTURE
            2021-07-06 => Nintendo will release it on October 8, priced at $349.99.      => on October 8                => 2021-10-08..2021-10-08 => FUTURE
            2024-12-19 => The allotment is scheduled for January 7.                      => for January 7               => 2025-01-07..2025-01-07 => FUTURE
            2019-06-14 => The phone had been due to go on sale on April 26.              => on April 26                 => 2019-04-26..2019-04-26 => PAST
            2025-05-20 => The chip will be unveiled at an event in Beijing on Thursday.  => on Thursday                 => 2025-05-22..2025-05-22 => FUTURE
            2025-05-20 => Lei said on Tuesday that production began.                     => on Tuesday                  => 2025-05-20..2025-05-20 => PAST
            2025-05-20 => On Monday Lei disclosed the figure.                            => On Monday                   => 2025-05-19..2025-05-19 => PAST
            2025-10-09 => Shares closed at HK$119 on Wednesday.                          => on Wednesday                => 2025-10-08..2025-10-08 => PAST
            2021-07-15 => The first units will ship in December.                         => in December                 => 2021-12-01..2021-12-31 => FUTURE
            2022-02-10 => The unit reported a loss in December.                          => in December                 => 2021-12-01..2021-12-31 => PAST
            2025-04-02 => The original Switch launched in March 2017.                    => in March 2017               => 2017-03-01..2017-03-31 => PAST
            2019-04-12 => It launched the sports service ESPN+ last April.               => last April                  => 2018-04-01..2018-04-30 => PAST
            2021-06-08 => It announced a $500 million round last November.               => last November               => 2020-11-01..2020-11-30 => PAST
            2025-03-27 => Assassin's Creed Shadows was released last week.               => last week                   => 2025-03-17..2025-03-23 => PAST
            2025-03-27 => The sale ends this week.                                       => this week                   => 2025-03-24..2025-03-30 => UNKNOWN
            2025-03-27 => The sale starts next week.                                     => next week                   => 2025-03-31..2025-04-06 => FUTURE
            2005-09-08 => The phone would be in stores this weekend.                     => this weekend                => 2005-09-10..2005-09-11 => FUTURE
            2005-09-08 => The phone arrives next weekend.                                => next weekend                => 2005-09-17..2005-09-18 => FUTURE
            2024-08-21 => The deal is expected to be completed within this quarter.      => within this quarter         => 2024-08-21..2024-09-30 => FUTURE
            2022-01-14 => UOB expects completion between mid-2022 and early 2024.        => between mid-2022 and early 2024 => 2022-04-01..2024-03-31 => FUTURE
            2023-10-06 => The committee met from October 4 to 6.                         => from October 4 to 6         => 2023-10-04..2023-10-06 => PAST
            2023-10-06 => It sees inflation at 5.2% in April-June 2024.                  => in April-June 2024          => 2024-04-01..2024-06-30 => FUTURE
            2023-10-06 => Growth was 6.5% in the July-September quarter.                 => in the July-September quarter => 2023-07-01..2023-09-30 => PAST
            2021-07-15 => Reservations open on Friday, July 16, for customers.           => on Friday, July 16          => 2021-07-16..2021-07-16 => FUTURE
            2025-10-09 => The offer was filed on 9 October 2025.                         => on 9 October 2025           => 2025-10-09..2025-10-09 => PAST
            2023-10-06 => Last Updated: 2023-10-06 12:10 IST                             => 2023-10-06                  => 2023-10-06..2023-10-06 => PAST
            2023-04-04 => It will invest 4.1 trillion won through 2026.                  => through 2026                => 2023-04-04..2026-12-31 => FUTURE
            2025-04-01 => The plan runs until 2030.                                      => until 2030                  => 2025-04-01..2030-12-31 => FUTURE
            2024-12-19 => Takeover talk had been rumoured since November.                => since November              => 2024-11-01..2024-12-19 => PAST
            2025-04-01 => Growth will pick up after 2026.                                => after 2026                  => 2027-01-01..-         => FUTURE
            2025-03-27 => It opened a review earlier this year.                          => earlier this year           => 2025-01-01..2025-03-27 => PAST
            2025-03-27 => It will open a store later this year.                          => later this year             => 2025-03-27..2025-12-31 => FUTURE
            2025-04-01 => It will invest over the next four years.                       => over the next four years    => 2025-04-01..2029-04-01 => FUTURE
            2025-04-01 => The deal closes tomorrow.                                      => tomorrow                    => 2025-04-02..2025-04-02 => FUTURE
            2025-04-01 => It ships in fiscal 2026.                                       => in fiscal 2026              => 2026-01-01..2026-12-31 => FUTURE
            2025-04-01 => Demand rose in H2 2024.                                        => in H2 2024                  => 2024-07-01..2024-12-31 => PAST
            2025-04-01 => The deal should close by year-end.                             => by year-end                 => 2025-04-01..2025-12-31 => FUTURE
            2025-04-01 => The update arrives early next month.                           => early next month            => 2025-05-01..2025-05-10 => FUTURE
            2025-04-01 => Bookings open in the spring of 2026.                           => in the spring of 2026       => 2026-03-01..2026-05-31 => FUTURE
            2025-04-01 => The model ships next Tuesday.                                  => next Tuesday                => 2025-04-08..2025-04-08 => FUTURE
            2025-04-01 => Orders open on Sept. 30, 2025.                                 => on Sept. 30, 2025           => 2025-09-30..2025-09-30 => FUTURE
            2025-04-01 => Orders open on 30 September.                                   => on 30 September             => 2025-09-30..2025-09-30 => FUTURE
            2025-04-01 => Trials start in 1H 2026.                                       => in 1H 2026                  => 2026-01-01..2026-06-30 => FUTURE
            2025-04-01 => It expects approval over the next 12 months.                   => over the next 12 months     => 2025-04-01..2026-04-01 => FUTURE
            2025-04-01 => Results are due within two years.                              => within two years            => 2025-04-01..2027-04-01 => FUTURE
            2023-10-06 => Many see no cut before the middle of next year.                => before the middle of next year => 2023-10-06..2024-03-31 => FUTURE
            """)
    void resolvesThePhrase(LocalDate published, String sentence, String text, String window, Tense tense) {
        List<DateMention> mentions = DatePhrases.find(sentence, published);
        assertThat(mentions).extracting(DateMention::text).contains(text);
        DateMention mention = mentions.stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
        assertThat(render(mention)).isEqualTo(window);
        assertThat(mention.tense()).isEqualTo(tense);
        assertThat(sentence.substring(mention.start(), mention.end())).isEqualTo(text);
    }

    @Test
    void findsEveryPhraseOfASentenceInOrder() {
        List<DateMention> mentions = DatePhrases.find(
                "Samsung told reporters last week that the phone would arrive before July, not in July.",
                LocalDate.of(2019, 6, 14));
        assertThat(mentions).extracting(DateMention::text).containsExactly("last week", "before July", "in July");
        assertThat(mentions).extracting(DatePhrasesTest::render)
                .containsExactly("2019-06-03..2019-06-09", "2019-06-14..2019-06-30", "2019-07-01..2019-07-31");
    }

    @Test
    void wordsThatOnlyLookLikeDatesAreNotDates() {
        LocalDate published = LocalDate.of(2025, 4, 2);
        assertThat(DatePhrases.find("The RBI may consider selling bonds, and shares fall.", published)).isEmpty();
        assertThat(DatePhrases.find("It sold 2,500 units for $2,017 in the 2023-24 fiscal year.", published))
                .isEmpty();
        assertThat(DatePhrases.find("Marketing costs rose 5% at Mayfair.", published)).isEmpty();
        assertThat(DatePhrases.find("It employs 2000 people.", published)).isEmpty();
        assertThat(DatePhrases.find("The fall in profits worried Jan Koum, 3-nanometre chips aside.", published))
                .isEmpty();
        assertThat(DatePhrases.find("It agreed to sell its winter sports business, and the chain's summer range.",
                published)).isEmpty();
        assertThat(DatePhrases.find("The phones arrive in winter.", published)).extracting(DateMention::text)
                .containsExactly("in winter");
    }

    @Test
    void theLongestPhraseWinsWhereTheyOverlap() {
        List<DateMention> mentions = DatePhrases.find("Sony bought a stake in February 2021.",
                LocalDate.of(2024, 12, 19));
        assertThat(mentions).extracting(DateMention::text).containsExactly("in February 2021");
    }

    private static String render(DateMention mention) {
        return (mention.window().from() == null ? "-" : mention.window().from().toString()) + ".."
                + (mention.window().to() == null ? "-" : mention.window().to().toString());
    }
}
