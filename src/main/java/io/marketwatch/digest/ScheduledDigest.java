package io.marketwatch.digest;

import io.marketwatch.schedule.ScheduleProperties;
import io.marketwatch.schedule.WeeklyDigestJob;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The weekly digest as the scheduler runs it: the last complete week's digest, to the default
 * subscribers, from the runs under the scheduled output folder. Safe to run again: the send log
 * keeps a recipient from getting the same week twice. A week waiting for an editor's approval is
 * not sent: the run says it is waiting and ends without failing; the approval sends it.
 */
@Component
class ScheduledDigest implements WeeklyDigestJob {

    private static final Logger log = LoggerFactory.getLogger(ScheduledDigest.class);

    private final DigestService digest;
    private final ScheduleProperties schedule;

    ScheduledDigest(DigestService digest, ScheduleProperties schedule) {
        this.digest = digest;
        this.schedule = schedule;
    }

    @Override
    public void run(LocalDate today) {
        IsoWeek week = IsoWeek.lastCompleteOn(today);
        if (digest.awaitsApproval(week)) {
            log.info("Digest {} is waiting for review: it is sent when an editor runs `marketwatch review --approve {}`",
                    week, week);
            return;
        }
        DigestResult result = digest.send(new DigestRequest(schedule.output(), week, null, false));
        log.info("Digest {}: {} sent, {} already sent, {} failed, {} pending", result.week(), result.sent().size(),
                result.alreadySent().size(), result.failed().size(), result.pending().size());
        if (!result.complete()) {
            throw new IllegalStateException("digest " + result.week() + " is still owed to "
                    + (result.failed().size() + result.pending().size()) + " recipients; the next run retries them");
        }
    }
}
