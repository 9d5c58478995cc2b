package io.marketwatch.batch;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/** Facts about a briefing job execution read from its steps. */
final class Executions {

    /** Spring Batch names a partition's step execution "step:partitionN". */
    private static final String PARTITION_SEPARATOR = ":";

    private Executions() {
    }

    /** The night's output folder: the output root's folder named after the as-of date. */
    static Path outputFolder(JobParameters parameters) {
        return Path.of(parameters.getString(JobParameterNames.OUTPUT))
                .resolve(parameters.getLocalDate(JobParameterNames.AS_OF).toString());
    }

    /** Input files the execution stored (committed), in this execution only. */
    static long storedFiles(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(BriefingJobConfiguration.EXTRACT_STEP))
                .mapToLong(StepExecution::getWriteCount).sum();
    }

    /**
     * The failure that explains a failed execution: a partition's own failure comes before its
     * step's summary of it ("Partition handler returned an unsuccessful step").
     */
    static Optional<Throwable> firstFailure(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().contains(PARTITION_SEPARATOR))
                .flatMap(s -> s.getFailureExceptions().stream())
                .findFirst()
                .or(() -> execution.getAllFailureExceptions().stream().findFirst());
    }

    /**
     * When the execution last committed anything: its steps update at every chunk, the job only at
     * its start and end (and when it is recovered, which is not activity).
     */
    static LocalDateTime lastActivity(JobExecution execution) {
        return Stream.concat(Stream.of(execution.getStartTime()),
                        execution.getStepExecutions().stream().map(StepExecution::getLastUpdated))
                .filter(Objects::nonNull).max(LocalDateTime::compareTo).orElse(execution.getCreateTime());
    }
}
