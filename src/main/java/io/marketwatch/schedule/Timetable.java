package io.marketwatch.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs on cron triggers, one at a time, until stopped. A job that fails is logged and runs
 * again at its next time. Times missed while another job ran (or the machine slept) are run once,
 * late, for the latest of them. An entry with a catch-up window also runs at start if its last
 * time fell within that window (the night's briefing, after a restart of the scheduler).
 */
public final class Timetable {

    private static final Logger log = LoggerFactory.getLogger(Timetable.class);

    private final Clock clock;
    private final Waiter waiter;
    private final List<Entry> entries;
    private volatile boolean stopped;

    Timetable(Clock clock, Waiter waiter, List<Entry> entries) {
        this.clock = clock;
        this.waiter = waiter;
        this.entries = List.copyOf(entries);
    }

    /** Runs the jobs as they fall due until {@link #stop()}. */
    public void run() throws InterruptedException {
        Instant start = clock.instant();
        List<Instant> due = new ArrayList<>();
        for (Entry entry : entries) {
            Optional<Instant> missed = entry.catchUp().isZero() ? Optional.empty()
                    : entry.trigger().previous(start, entry.catchUp());
            if (missed.isPresent() && !stopped) {
                log.info("Catching up: {} was due at {}", entry.name(), missed.get().atZone(entry.trigger().zone()));
                fire(entry, missed.get());
            }
            due.add(entry.trigger().next(start));
        }
        while (!stopped) {
            int next = earliest(due);
            if (next < 0) {
                log.info("No job is due ever again: the timetable ends");
                return;
            }
            Entry entry = entries.get(next);
            Instant at = due.get(next);
            log.info("Next: {} at {}", entry.name(), at.atZone(entry.trigger().zone()));
            if (!waiter.waitUntil(at)) {
                break;
            }
            Instant latest = entry.trigger().latestUpTo(at, clock.instant()).orElse(at);
            if (latest.isAfter(at)) {
                log.warn("{} was due at {} and again since; running it once, for {}", entry.name(), at, latest);
            }
            fire(entry, latest);
            due.set(next, entry.trigger().next(latest));
        }
        log.info("The timetable stopped");
    }

    /** Ends {@link #run()}: at once while waiting, after the current job (ask it to stop separately). */
    public void stop() {
        stopped = true;
        waiter.wake();
    }

    /** What runs when, in words: "briefing at 0 0 2 * * * (next: 2026-01-02T02:00+01:00[Europe/Zurich])". */
    public List<String> describe() {
        Instant now = clock.instant();
        return entries.stream().map(e -> e.name() + " at '" + e.trigger().cron() + "' (next: "
                + Optional.ofNullable(e.trigger().next(now)).map(t -> t.atZone(e.trigger().zone()).toString())
                .orElse("never") + ")").toList();
    }

    private void fire(Entry entry, Instant at) {
        long started = System.nanoTime();
        try {
            entry.job().run(entry.trigger().day(at));
            log.info("{} for {} ended after {} s", entry.name(), entry.trigger().day(at),
                    (System.nanoTime() - started) / 1_000_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        } catch (Exception e) {
            log.error("{} for {} failed; it runs again at its next time", entry.name(), entry.trigger().day(at), e);
        }
    }

    private static int earliest(List<Instant> due) {
        int best = -1;
        for (int i = 0; i < due.size(); i++) {
            if (due.get(i) != null && (best < 0 || due.get(i).isBefore(due.get(best)))) {
                best = i;
            }
        }
        return best;
    }

    /**
     * A job on a trigger.
     *
     * @param catchUp at start, run the job if it was due within this window (zero: never)
     */
    record Entry(String name, CronTrigger trigger, Duration catchUp, ScheduledJob job) {
    }
}
