package io.marketwatch.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.scheduling.support.CronExpression;

/**
 * A cron expression in a time zone: when something is due next, or was due last. The expression
 * is matched against the wall clock of the zone, so a time that the clock skips when summer time
 * starts (02:00 on the last Sunday of March in Europe) fires when the clock resumes (03:00) rather
 * than not at all, and a time the clock shows twice when summer time ends fires once.
 */
record CronTrigger(CronExpression cron, ZoneId zone) {

    static CronTrigger parse(String setting, String expression, ZoneId zone) {
        try {
            return new CronTrigger(CronExpression.parse(expression), zone);
        } catch (IllegalArgumentException e) {
            // no cause: the command line prints the innermost message, and this one names the setting
            throw new IllegalArgumentException(setting + ": not a cron expression with seconds (\"0 0 2 * * *\" is "
                    + "every day at 02:00): '" + expression + "': " + e.getMessage());
        }
    }

    /** The first time strictly after the given one; null if there is none. */
    Instant next(Instant after) {
        LocalDateTime wallClock = after.atZone(zone).toLocalDateTime();
        while (true) {
            wallClock = cron.next(wallClock);
            if (wallClock == null) {
                return null;
            }
            // in a gap, ofLocal moves forward by the gap's length; of two offsets, it takes the earlier
            Instant next = ZonedDateTime.ofLocal(wallClock, zone, null).toInstant();
            if (next.isAfter(after)) {
                return next;
            }
        }
    }

    /** The last time at or before {@code now} and after {@code now - window}, if any. */
    Optional<Instant> previous(Instant now, Duration window) {
        return latestUpTo(now.minus(window), now);
    }

    /** The last time after {@code from} and at or before {@code now}, if any. */
    Optional<Instant> latestUpTo(Instant from, Instant now) {
        Instant last = null;
        for (Instant t = next(from); t != null && !t.isAfter(now); t = next(t)) {
            last = t;
        }
        return Optional.ofNullable(last);
    }

    /** The calendar day of a time in this trigger's zone (names the briefing's night). */
    LocalDate day(Instant time) {
        return time.atZone(zone).toLocalDate();
    }
}
