package io.marketwatch.batch;

import io.marketwatch.briefing.SkippedFile;
import io.marketwatch.report.json.BriefingJsonWriter;
import io.marketwatch.store.Lease;
import io.marketwatch.store.RunLeases;
import io.marketwatch.store.RunLeases.Attempt;
import io.marketwatch.system.RunProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the nightly briefing for a date and an input folder: does nothing when that night is
 * already complete (unless forced), restarts a failed, stopped or killed night where it stopped,
 * starts a new one otherwise.
 *
 * <p>A run first takes the night's lease in the database ({@link RunLeases}), so that processes
 * sharing one database (a PostgreSQL server) never run a night twice at once; while it holds the
 * lease, no other live process runs that night, so an execution still marked as running in the job
 * repository was interrupted (its process was killed, or its machine stopped) and is marked failed,
 * with that reason, before the restart.
 */
@Service
public class BriefingRunner {

    private static final Logger log = LoggerFactory.getLogger(BriefingRunner.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job briefingJob;
    private final RunLeases leases;
    private final GracefulStop gracefulStop;
    private final RunProperties properties;

    public BriefingRunner(JobOperator jobOperator, JobRepository jobRepository, Job briefingJob, RunLeases leases,
                          GracefulStop gracefulStop, RunProperties properties) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.briefingJob = briefingJob;
        this.leases = leases;
        this.gracefulStop = gracefulStop;
        this.properties = properties;
    }

    public RunResult run(LocalDate asOf, Path input, Path output, boolean force) throws Exception {
        Path inputFolder = input.toAbsolutePath().normalize();
        Path outputRoot = output.toAbsolutePath().normalize();
        if (!Files.isDirectory(inputFolder)) {
            return RunResult.failed("input folder not found: " + input);
        }
        JobParametersBuilder params = new JobParametersBuilder()
                .addLocalDate(JobParameterNames.AS_OF, asOf)
                .addString(JobParameterNames.INPUT, inputFolder.toString())
                .addString(JobParameterNames.OUTPUT, outputRoot.toString(), false);
        if (force) {
            params.addLong(JobParameterNames.FORCED_AT, System.currentTimeMillis());
        }
        JobParameters parameters = params.toJobParameters();
        Attempt attempt = leases.tryAcquire(leaseName(asOf), properties.leaseTtl(), gracefulStop::stopRunning);
        if (!attempt.acquired()) {
            return new RunResult(Outcome.BUSY, "the briefing for " + asOf + " is being run by "
                    + attempt.holder().describe() + " (try again when it ends)", null, null);
        }
        try (Lease lease = attempt.lease()) {
            return runHoldingLease(asOf, inputFolder, parameters);
        }
    }

    private RunResult runHoldingLease(LocalDate asOf, Path inputFolder, JobParameters parameters) throws Exception {
        JobInstance instance = jobRepository.getJobInstance(BriefingJobConfiguration.JOB_NAME, parameters);
        boolean restart = false;
        if (instance != null) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                if (Files.isRegularFile(Executions.outputFolder(parameters).resolve(BriefingJsonWriter.FILE))) {
                    return new RunResult(Outcome.ALREADY_DONE, "the briefing for " + asOf + " on " + inputFolder
                            + " is already complete (use --force to build it again)", readReport(last), last.getId());
                }
                // complete, but its briefing has been deleted since: the night is built again
                log.info("The briefing for {} is complete but {} is missing: building it again", asOf, BriefingJsonWriter.FILE);
                JobParameters again = new JobParametersBuilder(parameters)
                        .addLong(JobParameterNames.FORCED_AT, System.currentTimeMillis()).toJobParameters();
                return runHoldingLease(asOf, inputFolder, again);
            }
            if (last != null && last.isRunning()) {
                recoverInterrupted(last);
            }
            restart = last != null;
        }
        JobExecution execution;
        try {
            execution = jobOperator.start(briefingJob, parameters);
        } catch (JobExecutionAlreadyRunningException e) {
            return new RunResult(Outcome.BUSY, "the briefing for " + asOf + " is already running: " + e.getMessage(),
                    null, null);
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return new RunResult(Outcome.STOPPED, "the briefing run for " + asOf + " stopped on request after "
                    + Executions.storedFiles(execution) + " files; run the same command again to continue where it stopped",
                    null, execution.getId());
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reason = Executions.firstFailure(execution).map(BriefingRunner::rootMessage)
                    .orElse(execution.getExitStatus().getExitDescription());
            return new RunResult(Outcome.FAILED, "the briefing run " + execution.getStatus().name().toLowerCase()
                    + (reason == null || reason.isBlank() ? "" : ": " + firstLine(reason)), null, execution.getId());
        }
        RunReport report = readReport(execution);
        String message = (restart ? "restarted run completed" : "run completed");
        return new RunResult(report != null && report.partial() ? Outcome.PARTIAL : Outcome.COMPLETE, message, report,
                execution.getId());
    }

    /**
     * Marks an execution whose process is gone as failed, saying so, so that the night can restart.
     * A remote worker still running a partition of it may commit meanwhile, which makes the stored
     * step newer than the one read: the execution is then read again and marked again.
     */
    private void recoverInterrupted(JobExecution interrupted) {
        JobExecution execution = interrupted;
        for (int attempt = 1; ; attempt++) {
            try {
                markFailed(execution);
                return;
            } catch (OptimisticLockingFailureException workerCommitted) {
                if (attempt == RECOVER_ATTEMPTS) {
                    throw workerCommitted;
                }
                execution = jobRepository.getJobExecution(interrupted.getId());
            }
        }
    }

    private static final int RECOVER_ATTEMPTS = 5;

    private void markFailed(JobExecution execution) {
        LocalDateTime lastCommit = Executions.lastActivity(execution);
        String reason = "interrupted: the process running it ended without finishing (killed, or its machine stopped); "
                + "last commit " + lastCommit.truncatedTo(ChronoUnit.SECONDS) + "; marked failed when the next run started";
        log.warn("Execution {} of the briefing for {} was {}", execution.getId(),
                execution.getJobParameters().getLocalDate(JobParameterNames.AS_OF), reason);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
            }
        }
        jobOperator.recover(execution);
        // recover() dates the end now; the run really ended after its last commit
        execution.setEndTime(lastCommit);
        jobRepository.update(execution);
    }

    /** The lease a run of that night holds while it runs. */
    static String leaseName(LocalDate asOf) {
        return "briefing " + asOf;
    }

    private static RunReport readReport(JobExecution execution) {
        Object path = execution.getExecutionContext().get(RunReport.FILE_NAME);
        if (path == null || !Files.isRegularFile(Path.of(path.toString()))) {
            return null;
        }
        return JSON.readValue(Path.of(path.toString()).toFile(), RunReport.class);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure || root.getMessage() == null ? String.valueOf(failure.getMessage())
                : failure.getMessage() + ": " + root.getMessage();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** How a run ended. */
    public enum Outcome {
        /** Done, nothing skipped. */
        COMPLETE,
        /** Done, some input skipped. */
        PARTIAL,
        /** The night was already complete: nothing done. */
        ALREADY_DONE,
        /** The run failed; running again restarts it where it stopped. */
        FAILED,
        /** The run stopped on request (SIGTERM) at a chunk boundary; running again continues it. */
        STOPPED,
        /** Another process runs this night right now: nothing done. */
        BUSY
    }

    /** The outcome, a one-line message, and the run report when there is one. */
    public record RunResult(Outcome outcome, String message, RunReport report, Long jobExecutionId) {

        static RunResult failed(String message) {
            return new RunResult(Outcome.FAILED, message, null, null);
        }

        public List<SkippedFile> skipped() {
            return report == null ? List.of() : report.skipped();
        }
    }
}
