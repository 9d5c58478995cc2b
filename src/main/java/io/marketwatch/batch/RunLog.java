package io.marketwatch.batch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Writes a run to the log a person reads (OUTPUT/.state/marketwatch.log): a line when the job
 * starts, one per step with its counts and time, and one when the job ends.
 */
@Component
class RunLog implements JobExecutionListener, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunLog.class);

    @Override
    public void beforeJob(JobExecution execution) {
        log.info("Briefing for {} started: execution {} of run {}, input {}", asOf(execution), execution.getId(),
                execution.getJobInstanceId(), execution.getJobParameters().getString(JobParameterNames.INPUT));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        String counts = step.getStepName().equals(BriefingJobConfiguration.EXTRACT_STEP)
                ? String.format(Locale.ROOT, ": %,d files read, %,d stored, %,d commits, %,d rollbacks", step.getReadCount(),
                        step.getWriteCount(), step.getCommitCount(), step.getRollbackCount())
                : "";
        log.info("{} {} in {}{} (briefing for {}, execution {})", step.getStepName(), step.getStatus(),
                seconds(step.getStartTime(), step.getEndTime()), counts, asOf(step.getJobExecution()),
                step.getJobExecutionId());
        return step.getExitStatus();
    }

    @Override
    public void afterJob(JobExecution execution) {
        String reason = execution.getExitStatus().getExitDescription();
        log.info("Briefing for {} {} in {} (execution {}){}", asOf(execution), execution.getStatus(),
                seconds(execution.getStartTime(), execution.getEndTime()), execution.getId(),
                reason == null || reason.isBlank() ? "" : ": " + reason.lines().findFirst().orElse(""));
    }

    private static Object asOf(JobExecution execution) {
        return execution.getJobParameters().getLocalDate(JobParameterNames.AS_OF);
    }

    static String seconds(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return "0.0 s";
        }
        Duration took = Duration.between(start, end == null ? LocalDateTime.now() : end);
        return String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
    }
}
