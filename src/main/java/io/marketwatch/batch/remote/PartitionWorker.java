package io.marketwatch.batch.remote;

import io.marketwatch.store.PartitionRuns;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The worker's side of remote partitioning: runs the partition a request names, once. A request
 * whose step execution is no longer waiting to start (a stale request of a night the manager
 * restarted, or a redelivery after a worker died or the broker restarted) is dropped; so is one
 * that another worker claimed already. While the partition runs, a heartbeat in the database tells
 * the manager this worker is alive; if the manager gave the partition up (it marked the step
 * execution failed), the heartbeat asks the step to stop at its next chunk boundary. A partition
 * that throws ends failed with the reason, which fails the night: it is not retried.
 */
public class PartitionWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

    private final JobRepository jobRepository;
    private final Step step;
    private final PartitionRuns runs;
    private final RemoteProperties properties;
    private final ConnectionFactory broker;
    private final String worker = PartitionRuns.thisWorker();
    private final Set<StepExecution> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "worker-heartbeat");
        t.setDaemon(true);
        return t;
    });

    PartitionWorker(JobRepository jobRepository, Step step, PartitionRuns runs, RemoteProperties properties,
                    ConnectionFactory broker) {
        this.jobRepository = jobRepository;
        this.broker = broker;
        this.step = step;
        this.runs = runs;
        this.properties = properties;
    }

    /** Runs the requested partition; never throws, so that the broker never delivers the request again. */
    public void handle(StepExecutionRequest request) {
        if (stopping) {
            throw new ImmediateRequeueAmqpException("this worker is stopping: the request goes back to the queue");
        }
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        if (partition == null) {
            log.warn("Dropped a request for step execution {}: it is not in the job repository", request.getStepExecutionId());
            return;
        }
        if (partition.getStatus() != BatchStatus.STARTING) {
            log.info("Dropped the request for {} (step execution {}): it is {} already", partition.getStepName(),
                    partition.getId(), partition.getStatus());
            return;
        }
        if (!runs.claim(partition.getId(), partition.getJobExecution().getJobInstanceId(), partition.getJobExecutionId(),
                partition.getStepName(), worker)) {
            log.info("Dropped the request for {} (step execution {}): another worker claimed it", partition.getStepName(),
                    partition.getId());
            return;
        }
        log.info("Running {} (step execution {}) of night {}", partition.getStepName(), partition.getId(),
                partition.getJobExecution().getJobInstanceId());
        long period = properties.heartbeat().toMillis();
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> beat(partition), period, period,
                TimeUnit.MILLISECONDS);
        running.add(partition);
        try {
            step.execute(partition);
        } catch (Throwable e) {
            log.error("{} (step execution {}) failed", partition.getStepName(), partition.getId(), e);
            partition.addFailureException(e);
            partition.setStatus(BatchStatus.FAILED);
            partition.setExitStatus(ExitStatus.FAILED.addExitDescription(e));
            partition.setEndTime(LocalDateTime.now());
            try {
                jobRepository.update(partition);
            } catch (OptimisticLockingFailureException givenUp) {
                log.warn("{} (step execution {}) was given up by the manager meanwhile", partition.getStepName(),
                        partition.getId());
            }
        } finally {
            running.remove(partition);
            heartbeat.cancel(false);
            runs.finish(partition.getId(), partition.getStatus().name());
        }
        log.info("{} (step execution {}) {}: {} files read, {} stored", partition.getStepName(), partition.getId(),
                partition.getStatus(), partition.getReadCount(), partition.getWriteCount());
    }

    private void beat(StepExecution partition) {
        try {
            runs.beat(partition.getId());
            StepExecution stored = jobRepository.getStepExecution(partition.getId());
            if (stored != null && (stored.getStatus() == BatchStatus.FAILED || stored.getStatus() == BatchStatus.ABANDONED)
                    && !partition.isTerminateOnly()) {
                log.warn("{} (step execution {}) is {} in the job repository (the manager gave it up): stopping at the "
                        + "next chunk boundary", partition.getStepName(), partition.getId(), stored.getStatus());
                partition.setTerminateOnly();
            }
        } catch (RuntimeException e) {
            log.warn("Heartbeat of step execution {} failed: {}", partition.getId(), e.toString());
        }
    }

    /**
     * Connects to the broker once, so that a worker that cannot reach it says so at once; returns
     * who this worker is and where it listens.
     */
    public String ready() {
        try {
            broker.createConnection().close();
        } catch (AmqpException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new IllegalStateException("cannot reach RabbitMQ at " + broker.getHost() + ":" + broker.getPort()
                    + " (spring.rabbitmq.*): " + root.getMessage(), e);
        }
        return "worker " + worker + " takes partitions from queue " + properties.queue() + " at " + broker.getHost() + ":"
                + broker.getPort() + ", " + properties.workerThreads() + " at a time";
    }

    /**
     * On SIGTERM: takes no new request and asks the running partitions to stop at their next chunk
     * boundary; they end STOPPED and the manager sends them to another worker at once.
     */
    public void stop() {
        stopping = true;
        running.forEach(StepExecution::setTerminateOnly);
    }

    /** Whether a partition is running here. */
    public boolean busy() {
        return !running.isEmpty();
    }

    @Override
    public void close() {
        heartbeats.shutdownNow();
    }
}
