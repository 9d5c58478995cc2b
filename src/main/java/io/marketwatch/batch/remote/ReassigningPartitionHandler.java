package io.marketwatch.batch.remote;

import io.marketwatch.store.PartitionRuns;
import io.marketwatch.store.PartitionRuns.Claim;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The manager's side of remote partitioning: sends one {@link StepExecutionRequest} per partition
 * to the workers' queue, then follows the partitions in the job repository (never in replies, so a
 * manager started again after a crash picks the night up from the database alone).
 *
 * <p>A partition whose worker stopped beating ({@link PartitionRuns}) for longer than the worker
 * timeout is taken as lost: its step execution is marked failed, saying which worker it lost, and
 * a new step execution of the same partition (the same context: partition i of n) is sent to the
 * queue for another worker. The new one reads only files the lost one did not commit, and the store
 * is keyed by file number, so nothing is doubled. A partition is sent only when no earlier
 * execution of it is still live (a worker of a previous manager finishing its chunk): one writer
 * per partition at a time. A partition that fails on its worker fails the night, naming the
 * partition, the worker and the reason; it is not sent again. When no worker has been on any
 * partition of the night for the idle timeout (none was started, or all are gone), the night fails
 * saying so, instead of waiting for ever.
 */
class ReassigningPartitionHandler extends AbstractPartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(ReassigningPartitionHandler.class);

    private final JobRepository jobRepository;
    private final PartitionRuns runs;
    private final MessageChannel requests;
    private final String workerStep;
    private final RemoteProperties properties;

    ReassigningPartitionHandler(JobRepository jobRepository, PartitionRuns runs, MessageChannel requests,
                                String workerStep, RemoteProperties properties) {
        this.jobRepository = jobRepository;
        this.runs = runs;
        this.requests = requests;
        this.workerStep = workerStep;
        this.properties = properties;
        setGridSize(properties.partitions());
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        JobExecution job = manager.getJobExecution();
        long night = job.getJobInstanceId();
        Map<String, StepExecution> current = new LinkedHashMap<>();
        partitions.stream().sorted((a, b) -> Long.compare(a.getId(), b.getId()))
                .forEach(p -> current.put(p.getStepName(), p));
        Set<String> unsent = new HashSet<>(current.keySet());
        Map<String, StepExecution> done = new LinkedHashMap<>();
        Duration timeout = properties.workerTimeout();
        long lastSeenWorking = System.nanoTime();
        log.info("Night {}: {} partitions for the workers on queue {}", night, current.size(), properties.queue());
        while (done.size() < current.size()) {
            if (manager.isTerminateOnly()) {
                throw new JobInterruptedException("stopped on request while the workers ran " + (current.size() - done.size())
                        + " partitions (the workers finish their chunk; the next run continues)");
            }
            List<Claim> claims = runs.claims(night);
            if (claims.stream().anyMatch(c -> c.live(timeout))) {
                lastSeenWorking = System.nanoTime();
            } else if (System.nanoTime() - lastSeenWorking > properties.idleTimeout().toNanos()) {
                cancelWaiting(current, done.keySet());
                throw new NoWorkerException(properties.idleTimeout(), current.size() - done.size(), properties.queue());
            }
            for (Map.Entry<String, StepExecution> entry : current.entrySet()) {
                String name = entry.getKey();
                if (done.containsKey(name)) {
                    continue;
                }
                StepExecution partition = entry.getValue();
                if (unsent.contains(name)) {
                    if (claims.stream().noneMatch(c -> c.partition().equals(name) && c.stepExecutionId() != partition.getId()
                            && c.live(timeout))) {
                        send(partition);
                        unsent.remove(name);
                    }
                    continue;
                }
                StepExecution state = jobRepository.getStepExecution(partition.getId());
                Claim claim = claims.stream().filter(c -> c.stepExecutionId() == partition.getId()).findFirst().orElse(null);
                switch (state.getStatus()) {
                    case COMPLETED -> done.put(name, state);
                    case STOPPED -> entry.setValue(sendAgain(job, state, partition,
                            "worker " + (claim == null ? "?" : claim.worker()) + " stopped on request"));
                    case FAILED, ABANDONED, UNKNOWN -> {
                        cancelWaiting(current, done.keySet());
                        throw new PartitionFailedException(name, claim == null ? "no worker" : claim.worker(), reason(state));
                    }
                    default -> {
                        if (claim != null && (claim.finished() || claim.sinceHeartbeat().compareTo(timeout) > 0)) {
                            StepExecution again = reassign(job, state, partition, claim);
                            if (again != null) {
                                entry.setValue(again);
                            }
                        }
                    }
                }
            }
            if (done.size() < current.size()) {
                Thread.sleep(properties.pollInterval().toMillis());
            }
        }
        return new HashSet<>(done.values());
    }

    /** Gives the partition of a lost worker to another one: a new step execution with the same context. */
    private StepExecution reassign(JobExecution job, StepExecution lost, StepExecution sent, Claim claim) {
        String reason = "worker " + claim.worker() + " lost: " + (claim.finished()
                ? "it ended (" + claim.outcome() + ") without finishing the partition"
                : "no heartbeat for " + claim.sinceHeartbeat().toSeconds() + " s") + "; the partition runs again on another worker";
        lost.setStatus(BatchStatus.FAILED);
        lost.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
        lost.setEndTime(LocalDateTime.now());
        try {
            jobRepository.update(lost);
        } catch (OptimisticLockingFailureException beating) {
            return null; // the worker committed in between: it is alive after all; look again next time
        }
        runs.finish(lost.getId(), "LOST");
        return sendAgain(job, lost, sent, reason);
    }

    private StepExecution sendAgain(JobExecution job, StepExecution lost, StepExecution sent, String reason) {
        StepExecution again = jobRepository.createStepExecution(lost.getStepName(), job);
        sent.getExecutionContext().entrySet().forEach(e -> again.getExecutionContext().put(e.getKey(), e.getValue()));
        jobRepository.updateExecutionContext(again);
        log.warn("Partition {} (step execution {}): {}; sent again as step execution {}", lost.getStepName(), lost.getId(),
                reason, again.getId());
        send(again);
        return again;
    }

    /** The night failed: requests no worker took yet are marked failed, so that workers drop them. */
    private void cancelWaiting(Map<String, StepExecution> current, Set<String> done) {
        for (StepExecution partition : current.values()) {
            if (done.contains(partition.getStepName())) {
                continue;
            }
            StepExecution state = jobRepository.getStepExecution(partition.getId());
            if (state.getStatus() == BatchStatus.STARTING) {
                state.setStatus(BatchStatus.FAILED);
                state.setExitStatus(ExitStatus.FAILED.addExitDescription("not run: another partition of the night failed"));
                state.setEndTime(LocalDateTime.now());
                try {
                    jobRepository.update(state);
                } catch (OptimisticLockingFailureException taken) {
                    // a worker started it meanwhile: it ends on its own
                }
            }
        }
    }

    private void send(StepExecution partition) {
        requests.send(MessageBuilder.withPayload(
                new StepExecutionRequest(workerStep, partition.getId())).build());
    }

    /** The root cause's message from the exit description (a stack trace when the step threw). */
    static String reason(StepExecution failed) {
        String description = failed.getExitStatus().getExitDescription();
        if (description == null || description.isBlank()) {
            return failed.getStatus().name().toLowerCase(Locale.ROOT);
        }
        List<String> lines = description.lines().toList();
        String cause = lines.get(0);
        for (String line : lines) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length());
            }
        }
        int message = cause.indexOf(": ");
        return message > 0 && !cause.substring(0, message).contains(" ") ? cause.substring(message + 2) : cause;
    }

    /** No worker took or kept a partition for the idle timeout: the night fails, saying what to do. */
    static final class NoWorkerException extends RuntimeException {

        NoWorkerException(Duration idle, int left, String queue) {
            super("no worker has run a partition of the night for " + idle.toSeconds() + " s (" + left
                    + " partitions left on queue " + queue + "): start 'marketwatch worker' on a machine that reaches "
                    + "the broker, the database and the shared input, then run the briefing again");
        }
    }

    /** A partition failed on its worker: the night fails, saying which and why. */
    static final class PartitionFailedException extends RuntimeException {

        PartitionFailedException(String partition, String worker, String reason) {
            super("partition " + partition + " failed on worker " + worker + ": " + reason);
        }
    }
}
