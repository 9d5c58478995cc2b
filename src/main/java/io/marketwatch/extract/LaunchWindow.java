package io.marketwatch.extract;

import java.time.LocalDate;

/** An inclusive date range; either end may be open (null). */
public record LaunchWindow(LocalDate from, LocalDate to) {

    public LaunchWindow {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("window ends before it starts: " + from + ".." + to);
        }
    }

    public static LaunchWindow day(LocalDate day) {
        return new LaunchWindow(day, day);
    }
}
