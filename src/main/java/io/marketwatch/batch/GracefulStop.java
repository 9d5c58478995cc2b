package io.marketwatch.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Stops the briefing runs of this process at their next chunk boundary, so that they end STOPPED
 * and restart where they stopped: on SIGTERM (the command line's shutdown hook calls
 * {@link #shutDown()}, then waits for the command to end) and when a run loses its lease.
 */
@Component
public class GracefulStop implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    private static final String STOPPED = "stopped on request at a chunk boundary (SIGTERM, or its lease was lost); "
            + "the next run continues it";

    private final ObjectProvider<JobOperator> jobOperator;
    private final JobRepository jobRepository;
    private final Map<Long, JobExecution> running = new LinkedHashMap<>();
    private boolean shuttingDown;

    /** @param jobOperator looked up late: the operator knows the job, and the job knows this listener */
    GracefulStop(ObjectProvider<JobOperator> jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    @Override
    public synchronized void beforeJob(JobExecution execution) {
        if (shuttingDown) {
            log.info("Not starting execution {}: the process is shutting down", execution.getId());
            execution.setStatus(BatchStatus.STOPPING);
        }
        running.put(execution.getId(), execution);
    }

    @Override
    public synchronized void afterJob(JobExecution execution) {
        running.remove(execution.getId());
        if (execution.getStatus() == BatchStatus.STOPPED) {
            execution.setExitStatus(new ExitStatus(ExitStatus.STOPPED.getExitCode(), STOPPED));
        }
    }

    /** Stops every run of this process and every run it would start from now on. */
    public void shutDown() {
        synchronized (this) {
            shuttingDown = true;
        }
        stopRunning();
    }

    /** Whether {@link #shutDown()} was called. */
    public synchronized boolean isShuttingDown() {
        return shuttingDown;
    }

    /** Asks every run of this process to stop at its next chunk boundary. */
    public void stopRunning() {
        List<Long> ids;
        synchronized (this) {
            ids = List.copyOf(running.keySet());
        }
        for (long id : ids) {
            // a fresh copy: the running job picks the status up from the repository at its next commit
            JobExecution copy = jobRepository.getJobExecution(id);
            if (copy == null || !copy.isRunning()) {
                continue;
            }
            try {
                log.info("Stopping execution {} at its next chunk boundary", id);
                jobOperator.getObject().stop(copy);
            } catch (JobExecutionNotRunningException e) {
                log.info("Execution {} had already ended", id);
            }
        }
    }
}
