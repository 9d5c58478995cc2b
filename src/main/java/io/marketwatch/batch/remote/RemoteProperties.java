package io.marketwatch.batch.remote;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of remote partitioning, under {@code marketwatch.remote.*}.
 *
 * @param queue         the RabbitMQ queue of partition requests (durable; one per deployment)
 * @param inputRoot     the shared input root as this machine mounts it; the manager sends the
 *                      night's folder relative to it and each worker resolves it against its own
 * @param partitions    how many partitions a night is split into (more than the workers' threads,
 *                      so that a fast worker takes more and a lost partition is small)
 * @param workerThreads partitions a worker runs at once
 * @param heartbeat     how often a worker says, in the database, that it is still on a partition
 * @param workerTimeout a partition whose worker has not beaten for this long is given to another
 * @param pollInterval  how often the manager reads the partitions' state from the job repository
 * @param idleTimeout   the manager fails the night when no worker has been on any of its
 *                      partitions for this long (none started, or all gone)
 */
@ConfigurationProperties("marketwatch.remote")
public record RemoteProperties(@DefaultValue("marketwatch.partitions") String queue,
                               Path inputRoot,
                               @DefaultValue("8") int partitions,
                               @DefaultValue("1") int workerThreads,
                               @DefaultValue("2s") Duration heartbeat,
                               @DefaultValue("30s") Duration workerTimeout,
                               @DefaultValue("1s") Duration pollInterval,
                               @DefaultValue("10m") Duration idleTimeout) {

    public RemoteProperties {
        if (workerTimeout.compareTo(heartbeat.multipliedBy(3)) < 0) {
            throw new IllegalArgumentException("marketwatch.remote.worker-timeout (" + workerTimeout
                    + ") must be at least three heartbeats (marketwatch.remote.heartbeat=" + heartbeat + ")");
        }
        if (idleTimeout.compareTo(workerTimeout) < 0) {
            throw new IllegalArgumentException("marketwatch.remote.idle-timeout (" + idleTimeout
                    + ") must be at least the worker timeout (marketwatch.remote.worker-timeout=" + workerTimeout + ")");
        }
        if (partitions < 1 || workerThreads < 1) {
            throw new IllegalArgumentException("marketwatch.remote.partitions and worker-threads must be at least 1");
        }
    }
}
