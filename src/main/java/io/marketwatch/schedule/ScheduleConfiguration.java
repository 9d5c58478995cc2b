package io.marketwatch.schedule;

import io.marketwatch.batch.BriefingRunner;
import io.marketwatch.batch.GracefulStop;
import io.marketwatch.batch.RunRetention;
import io.marketwatch.fetch.NightSources;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The {@code schedule} command's timetable: the nightly briefing and the weekly digest. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleProperties.class)
class ScheduleConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ScheduleConfiguration.class);

    /** At start, the briefing catches up a night whose time passed less than a day ago. */
    private static final Duration BRIEFING_CATCH_UP = Duration.ofDays(1);

    /** Made only for the schedule command, so a bad cron setting bothers no other command. */
    @Bean
    @Lazy
    Timetable timetable(ScheduleProperties properties, Clock clock, BriefingRunner runner, RunRetention retention,
                        GracefulStop gracefulStop, NightSources sources, ObjectProvider<WeeklyDigestJob> digest) {
        CronTrigger briefing = CronTrigger.parse("marketwatch.schedule.briefing-cron", properties.briefingCron(),
                properties.zone());
        CronTrigger weekly = CronTrigger.parse("marketwatch.schedule.digest-cron", properties.digestCron(),
                properties.zone());
        ScheduledJob digestJob = day -> {
            WeeklyDigestJob job = digest.getIfAvailable();
            if (job == null) {
                log.warn("Digest due on {} not sent: the weekly digest is not configured in this build", day);
            } else {
                job.run(day);
            }
        };
        return new Timetable(clock, Waiter.on(clock), List.of(
                new Timetable.Entry("briefing", briefing, BRIEFING_CATCH_UP,
                        new ScheduledBriefing(runner, retention, gracefulStop, sources, properties.input(),
                                properties.output())),
                new Timetable.Entry("digest", weekly, Duration.ZERO, digestJob)));
    }
}
