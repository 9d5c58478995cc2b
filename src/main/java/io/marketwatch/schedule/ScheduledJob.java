package io.marketwatch.schedule;

import java.time.LocalDate;

/** What a timetable entry runs: a job for the calendar day its trigger fired on. */
@FunctionalInterface
interface ScheduledJob {

    void run(LocalDate day) throws Exception;
}
