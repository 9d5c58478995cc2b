package io.marketwatch.batch;

import io.marketwatch.briefing.SkippedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the nightly briefing for a date and an input folder: does nothing when that night is
 * already complete (unless forced), restarts a failed or killed night where it stopped, starts a
 * new one otherwise. Callers hold the state folder's lock, so a run still marked as running in
 * the job repository was killed and is recovered before the restart.
 */
@Service
public class BriefingRunner {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job briefingJob;

    public BriefingRunner(JobOperator jobOperator, JobRepository jobRepository, Job briefingJob) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.briefingJob = briefingJob;
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
        JobInstance instance = jobRepository.getJobInstance(BriefingJobConfiguration.JOB_NAME, parameters);
        boolean restart = false;
        if (instance != null) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                return new RunResult(Outcome.ALREADY_DONE, "the briefing for " + asOf + " on " + inputFolder
                        + " is already complete (use --force to build it again)", readReport(last), last.getId());
            }
            if (last != null && last.isRunning()) {
                jobOperator.recover(last);
            }
            restart = last != null;
        }
        JobExecution execution = jobOperator.start(briefingJob, parameters);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reason = execution.getAllFailureExceptions().stream().findFirst().map(BriefingRunner::rootMessage)
                    .orElse(execution.getExitStatus().getExitDescription());
            return new RunResult(Outcome.FAILED, "the briefing run " + execution.getStatus().name().toLowerCase()
                    + (reason == null || reason.isBlank() ? "" : ": " + firstLine(reason)), null, execution.getId());
        }
        RunReport report = readReport(execution);
        String message = (restart ? "restarted run completed" : "run completed");
        return new RunResult(report != null && report.partial() ? Outcome.PARTIAL : Outcome.COMPLETE, message, report,
                execution.getId());
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
        COMPLETE, PARTIAL, ALREADY_DONE, FAILED
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
