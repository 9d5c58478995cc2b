package io.marketwatch.schedule;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code schedule} command's settings, under {@code marketwatch.schedule.*}.
 *
 * @param briefingCron when the nightly briefing runs: a Spring cron expression with seconds
 *                     ("second minute hour day-of-month month day-of-week")
 * @param digestCron   when the weekly digest is sent
 * @param zone         the time zone of both; empty for the machine's
 * @param input        the folder the briefing reads
 * @param output       the folder it writes (its .state/ holds the database and the log)
 */
@ConfigurationProperties("marketwatch.schedule")
public record ScheduleProperties(@DefaultValue("0 0 2 * * *") String briefingCron,
                                 @DefaultValue("0 0 7 * * MON") String digestCron,
                                 ZoneId zone,
                                 @DefaultValue("input") Path input,
                                 @DefaultValue("output") Path output) {

    public ScheduleProperties {
        zone = zone == null ? ZoneId.systemDefault() : zone;
        input = input.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
    }
}
