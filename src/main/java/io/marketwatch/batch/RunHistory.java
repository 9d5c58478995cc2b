package io.marketwatch.batch;

import io.marketwatch.store.NightlyStore;
import io.marketwatch.store.NightlyStore.CompletedRun;
import io.marketwatch.store.RunLeases;
import io.marketwatch.store.RunLeases.Holder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * What the job repository knows of past and current runs, for {@code marketwatch status}: the
 * recent executions, and the nights that need attention (failed, stopped, or interrupted: still
 * marked running although no live process holds their lease).
 */
@Service
public class RunHistory {

    private final JobRepository jobRepository;
    private final RunLeases leases;
    private final NightlyStore store;

    RunHistory(JobRepository jobRepository, RunLeases leases, NightlyStore store) {
        this.jobRepository = jobRepository;
        this.leases = leases;
        this.store = store;
    }

    /** The runs of the most recent nights (up to {@code nights} job instances), newest execution first. */
    public History recent(int nights) {
        List<PastRun> runs = new ArrayList<>();
        List<Attention> attention = new ArrayList<>();
        Set<String> nightsSeen = new HashSet<>();
        for (JobInstance instance : jobRepository.getJobInstances(BriefingJobConfiguration.JOB_NAME, 0, nights)) {
            List<JobExecution> executions = new ArrayList<>(jobRepository.getJobExecutions(instance));
            executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
            if (executions.isEmpty()) {
                continue;
            }
            Optional<CompletedRun> completed = store.completedRun(instance.getInstanceId());
            for (JobExecution execution : executions) {
                runs.add(pastRun(execution, completed));
            }
            JobExecution last = executions.get(0);
            JobParameters parameters = last.getJobParameters();
            // instances come newest first: an older instance of the same night was superseded (--force)
            if (nightsSeen.add(parameters.getLocalDate(JobParameterNames.AS_OF) + " " + parameters.getString(JobParameterNames.INPUT))) {
                attention(last).ifPresent(attention::add);
            }
        }
        runs.sort(Comparator.comparingLong(PastRun::execution).reversed());
        return new History(runs, attention);
    }

    private PastRun pastRun(JobExecution execution, Optional<CompletedRun> completed) {
        JobParameters parameters = execution.getJobParameters();
        LocalDate asOf = parameters.getLocalDate(JobParameterNames.AS_OF);
        boolean done = execution.getStatus() == BatchStatus.COMPLETED;
        LocalDateTime start = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
        LocalDateTime end = execution.getEndTime() != null ? execution.getEndTime() : Executions.lastActivity(execution);
        String note = execution.getExitStatus().getExitDescription();
        return new PastRun(asOf, parameters.getString(JobParameterNames.INPUT), execution.getJobInstanceId(),
                execution.getId(), status(execution), start,
                start == null || end == null ? Duration.ZERO : Duration.between(start, end), Executions.storedFiles(execution),
                done ? completed.map(CompletedRun::articles).orElse(null) : null,
                done ? completed.map(CompletedRun::skipped).orElse(null) : null,
                Executions.outputFolder(parameters),
                note == null || note.isBlank() ? null : note.lines().findFirst().orElse(null));
    }

    private String status(JobExecution execution) {
        if (!execution.isRunning()) {
            return execution.getStatus().name();
        }
        return liveHolder(execution).isPresent() ? "RUNNING" : "INTERRUPTED";
    }

    private Optional<Attention> attention(JobExecution last) {
        JobParameters parameters = last.getJobParameters();
        LocalDate asOf = parameters.getLocalDate(JobParameterNames.AS_OF);
        String input = parameters.getString(JobParameterNames.INPUT);
        boolean forced = parameters.getLong(JobParameterNames.FORCED_AT) != null;
        long stored = store.storedFiles(last.getJobInstanceId()).size();
        String progress = String.format(Locale.ROOT, "%,d files already stored", stored)
                + (forced ? "; a --force run: run it again with --force to rebuild the night" : "");
        if (last.isRunning()) {
            Optional<Holder> holder = liveHolder(last);
            if (holder.isPresent()) {
                return Optional.of(new Attention(asOf, input, NightState.RUNNING, forced, last.getId(),
                        holder.get().describe() + "; " + progress));
            }
            return Optional.of(new Attention(asOf, input, NightState.INTERRUPTED, forced, last.getId(),
                    "its process is gone (killed, or its machine stopped); last commit "
                            + Executions.lastActivity(last).truncatedTo(ChronoUnit.SECONDS) + "; " + progress));
        }
        String reason = last.getExitStatus().getExitDescription();
        String because = reason == null || reason.isBlank() ? "" : reason.lines().findFirst().orElse("") + "; ";
        return switch (last.getStatus()) {
            case COMPLETED -> Optional.empty();
            case STOPPED -> Optional.of(new Attention(asOf, input, NightState.STOPPED, forced, last.getId(),
                    "stopped on request; " + progress));
            default -> Optional.of(new Attention(asOf, input, NightState.FAILED, forced, last.getId(), because + progress));
        };
    }

    private Optional<Holder> liveHolder(JobExecution execution) {
        return leases.liveHolder(BriefingRunner.leaseName(execution.getJobParameters().getLocalDate(JobParameterNames.AS_OF)));
    }

    /** The recent executions and the nights that need attention. */
    public record History(List<PastRun> runs, List<Attention> attention) {

        public History {
            runs = List.copyOf(runs);
            attention = List.copyOf(attention);
        }
    }

    /**
     * One execution of a night's run.
     *
     * @param run      the job instance (one per night and input; a --force run is a new one)
     * @param status   the batch status, or RUNNING / INTERRUPTED for an execution marked running
     *                 whose process is alive / gone
     * @param files    input files this execution stored
     * @param articles distinct articles of the night, once complete
     * @param skipped  skipped files and articles of the night, once complete
     * @param note     why it ended as it did (the first line of its exit description), if said
     */
    public record PastRun(LocalDate asOf, String input, long run, long execution, String status, LocalDateTime started,
                          Duration took, long files, Integer articles, Integer skipped, Path output, String note) {
    }

    /**
     * A night whose last run did not complete.
     *
     * @param forced a --force run: the next plain run of the night does not restart it
     */
    public record Attention(LocalDate asOf, String input, NightState state, boolean forced, long execution,
                            String detail) {
    }

    /** Why a night needs attention. */
    public enum NightState {
        /** Running now in a live process (not a problem: shown so nobody starts it twice). */
        RUNNING,
        /** Marked running, but its process is gone: it restarts on the next run. */
        INTERRUPTED,
        /** Stopped on request (SIGTERM): it continues on the next run. */
        STOPPED,
        /** Failed: it restarts on the next run. */
        FAILED
    }
}
