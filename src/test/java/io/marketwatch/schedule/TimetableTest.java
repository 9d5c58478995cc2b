package io.marketwatch.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scheduler on a clock the test moves: cron times, zones, catch-up, missed times, stop. */
class TimetableTest {

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final String NIGHTLY = "0 0 2 * * *";
    private static final String MONDAYS = "0 0 7 * * MON";

    /** Summer time starts on 2026-03-29 and ends on 2026-10-25 in Zurich: 02:00 is skipped, then shown twice. */
    @ParameterizedTest(name = "{0} in {1} after {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            0 0 2 * * *   | Europe/Zurich    | 2026-01-07T01:30 | 2026-01-07T02:00+01:00
            0 0 2 * * *   | Europe/Zurich    | 2026-01-07T02:00 | 2026-01-08T02:00+01:00
            0 0 2 * * *   | America/New_York | 2026-01-07T02:00 | 2026-01-08T02:00-05:00
            0 0 2 * * *   | Europe/Zurich    | 2026-03-28T12:00 | 2026-03-29T03:00+02:00
            0 0 2 * * *   | Europe/Zurich    | 2026-03-29T03:00 | 2026-03-30T02:00+02:00
            0 0 2 * * *   | Europe/Zurich    | 2026-10-25T01:30 | 2026-10-25T02:00+02:00
            0 0 2 * * *   | Europe/Zurich    | 2026-10-25T02:00 | 2026-10-26T02:00+01:00
            0 0 7 * * MON | Europe/Zurich    | 2026-01-07T12:00 | 2026-01-12T07:00+01:00
            0 0 7 * * MON | Europe/Zurich    | 2026-01-12T07:00 | 2026-01-19T07:00+01:00
            0 30 6 * * 1-5 | UTC             | 2026-01-09T07:00 | 2026-01-12T06:30Z
            """)
    void aTriggerFiresAtItsNextCronTimeInItsZone(String cron, String zone, String after, String expected) {
        CronTrigger trigger = CronTrigger.parse("test", cron.strip(), ZoneId.of(zone.strip()));
        Instant start = LocalDateTime.parse(after.strip()).atZone(ZoneId.of(zone.strip())).toInstant();

        assertThat(trigger.next(start)).isEqualTo(ZonedDateTime.parse(expected.strip()).toInstant());
    }

    @Test
    void aNightNamedAfterTheDayItFiresOnInTheTriggersZone() {
        CronTrigger trigger = CronTrigger.parse("test", NIGHTLY, ZURICH);
        // 01:00 UTC on the 7th is 02:00 in Zurich on the 7th; in New York it is still the 6th
        Instant at = Instant.parse("2026-01-07T01:00:00Z");
        assertThat(trigger.day(at)).hasToString("2026-01-07");
        assertThat(CronTrigger.parse("test", NIGHTLY, ZoneId.of("America/New_York")).day(at)).hasToString("2026-01-06");
    }

    @Test
    void aBadCronSettingIsRefusedWithItsName() {
        assertThatThrownBy(() -> CronTrigger.parse("marketwatch.schedule.briefing-cron", "0 2 * * *", ZURICH))
                .hasMessageStartingWith("marketwatch.schedule.briefing-cron: not a cron expression with seconds")
                .hasMessageContaining("'0 2 * * *'");
    }

    @Test
    void aWeekOfNightlyBriefingsAndAMondayDigestAfterCatchingUpTheNightThatJustPassed() throws Exception {
        SettableClock clock = new SettableClock(zurich("2026-01-07T12:00"));
        List<String> ran = new ArrayList<>();
        Timetable[] timetable = new Timetable[1];
        timetable[0] = new Timetable(clock, advancing(clock), List.of(
                entry("briefing", NIGHTLY, Duration.ofDays(1), day -> {
                    ran.add(clock.instant().atZone(ZURICH).toLocalDateTime() + " briefing " + day);
                    stopAfter(ran, 8, timetable[0]);
                }),
                entry("digest", MONDAYS, Duration.ZERO, day -> {
                    ran.add(clock.instant().atZone(ZURICH).toLocalDateTime() + " digest " + day);
                    stopAfter(ran, 8, timetable[0]);
                })));

        timetable[0].run();

        assertThat(ran).containsExactly(
                "2026-01-07T12:00 briefing 2026-01-07", // at start: 02:00 today was less than a day ago
                "2026-01-08T02:00 briefing 2026-01-08",
                "2026-01-09T02:00 briefing 2026-01-09",
                "2026-01-10T02:00 briefing 2026-01-10",
                "2026-01-11T02:00 briefing 2026-01-11",
                "2026-01-12T02:00 briefing 2026-01-12",
                "2026-01-12T07:00 digest 2026-01-12",
                "2026-01-13T02:00 briefing 2026-01-13");
    }

    @Test
    void timesMissedWhileAJobRanLongAreRunOnceLateAndAFailedJobRunsAgainNextTime() throws Exception {
        SettableClock clock = new SettableClock(zurich("2026-01-10T12:00"));
        List<String> ran = new ArrayList<>();
        Timetable[] timetable = new Timetable[1];
        timetable[0] = new Timetable(clock, advancing(clock), List.of(
                entry("briefing", NIGHTLY, Duration.ZERO, day -> {
                    ran.add(clock.instant().atZone(ZURICH).toLocalDateTime() + " briefing " + day);
                    if (day.getDayOfMonth() == 11) {
                        clock.set(zurich("2026-01-13T09:00")); // hung for two days and a half
                        throw new IllegalStateException("disk full");
                    }
                    stopAfter(ran, 4, timetable[0]);
                }),
                entry("digest", MONDAYS, Duration.ZERO, day -> {
                    ran.add(clock.instant().atZone(ZURICH).toLocalDateTime() + " digest " + day);
                    stopAfter(ran, 4, timetable[0]);
                })));

        timetable[0].run();

        assertThat(ran).containsExactly(
                "2026-01-11T02:00 briefing 2026-01-11",
                "2026-01-13T09:00 briefing 2026-01-13", // the 12th and 13th at 02:00 were missed: once, for the 13th
                "2026-01-13T09:00 digest 2026-01-12", // Monday's digest, late
                "2026-01-14T02:00 briefing 2026-01-14");
    }

    @Test
    void stoppingWhileWaitingEndsTheTimetableWithoutRunningAnything() throws Exception {
        SettableClock clock = new SettableClock(zurich("2026-01-07T12:00"));
        Waiter waiter = Waiter.on(clock);
        List<String> ran = new ArrayList<>();
        Timetable timetable = new Timetable(clock, waiter, List.of(
                entry("briefing", NIGHTLY, Duration.ZERO, day -> ran.add("briefing " + day))));
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
            try {
                timetable.run();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        timetable.stop();

        running.get(10, TimeUnit.SECONDS);
        assertThat(ran).isEmpty();
        assertThat(waiter.waitUntil(zurich("2026-01-01T00:00"))).as("woken for good").isFalse();
    }

    @Test
    void theRealWaiterReturnsAtOnceForATimeThatHasPassed() throws Exception {
        SettableClock clock = new SettableClock(zurich("2026-01-07T12:00"));
        assertThat(Waiter.on(clock).waitUntil(zurich("2026-01-07T11:59"))).isTrue();
    }

    @Test
    void theTimetableSaysWhatRunsWhen() {
        SettableClock clock = new SettableClock(zurich("2026-01-07T12:00"));
        Timetable timetable = new Timetable(clock, advancing(clock), List.of(
                entry("briefing", NIGHTLY, Duration.ZERO, day -> { }),
                entry("digest", MONDAYS, Duration.ZERO, day -> { })));

        assertThat(timetable.describe()).containsExactly(
                "briefing at '0 0 2 * * *' (next: 2026-01-08T02:00+01:00[Europe/Zurich])",
                "digest at '0 0 7 * * MON' (next: 2026-01-12T07:00+01:00[Europe/Zurich])");
    }

    private static Timetable.Entry entry(String name, String cron, Duration catchUp, ScheduledJob job) {
        return new Timetable.Entry(name, CronTrigger.parse(name, cron, ZURICH), catchUp, job);
    }

    private static void stopAfter(List<String> ran, int runs, Timetable timetable) {
        if (ran.size() >= runs) {
            timetable.stop();
        }
    }

    /** Waiting takes no time: the clock jumps to the awaited time. */
    private static Waiter advancing(SettableClock clock) {
        return new Waiter() {
            private boolean woken;

            @Override
            public boolean waitUntil(Instant when) {
                if (!woken && when.isAfter(clock.instant())) {
                    clock.set(when);
                }
                return !woken;
            }

            @Override
            public void wake() {
                woken = true;
            }
        };
    }

    private static Instant zurich(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZURICH).toInstant();
    }
}
