package io.marketwatch.store;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which worker runs which partition of a night, in the shared database: a worker claims a
 * partition request before it runs it (once: the step execution is the key), beats every few
 * seconds while it runs, and records how it ended. The manager reads the heartbeats to tell a
 * dead worker from a slow one; the database clock dates every beat, so skewed machine clocks do
 * not matter.
 */
@Repository
public class PartitionRuns {

    private final JdbcTemplate jdbc;

    public PartitionRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** This process as a worker names it: host name and process id. */
    public static String thisWorker() {
        ThisProcess me = ThisProcess.get();
        return me.host() + ":" + me.pid();
    }

    /** Claims a partition's step execution for a worker; false when some worker claimed it already. */
    public boolean claim(long stepExecutionId, long jobInstanceId, long jobExecutionId, String partition, String worker) {
        try {
            jdbc.update("INSERT INTO mw_partition_run (step_execution_id, job_instance_id, job_execution_id, partition_name, "
                            + "worker, claimed_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, LOCALTIMESTAMP, LOCALTIMESTAMP)",
                    stepExecutionId, jobInstanceId, jobExecutionId, partition, worker);
            return true;
        } catch (DuplicateKeyException claimed) {
            return false;
        }
    }

    /** The worker running the claim is alive. */
    public void beat(long stepExecutionId) {
        jdbc.update("UPDATE mw_partition_run SET heartbeat_at = LOCALTIMESTAMP WHERE step_execution_id = ? "
                + "AND finished_at IS NULL", stepExecutionId);
    }

    /** The claim ended: the worker's step ended (its status), or the manager gave it up ("LOST"). */
    public void finish(long stepExecutionId, String outcome) {
        jdbc.update("UPDATE mw_partition_run SET finished_at = LOCALTIMESTAMP, outcome = ? WHERE step_execution_id = ? "
                + "AND finished_at IS NULL", outcome, stepExecutionId);
    }

    /** Every claim of a night (job instance), oldest first, with the age of its last heartbeat by the database clock. */
    public List<Claim> claims(long jobInstanceId) {
        return jdbc.query("SELECT step_execution_id, job_execution_id, partition_name, worker, claimed_at, heartbeat_at, "
                        + "finished_at, outcome, LOCALTIMESTAMP FROM mw_partition_run WHERE job_instance_id = ? "
                        + "ORDER BY claimed_at, step_execution_id",
                (rs, i) -> {
                    LocalDateTime beat = rs.getTimestamp(6).toLocalDateTime();
                    Timestamp finished = rs.getTimestamp(7);
                    return new Claim(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toLocalDateTime(), finished == null ? null : finished.toLocalDateTime(),
                            rs.getString(8), Duration.between(beat, rs.getTimestamp(9).toLocalDateTime()));
                }, jobInstanceId);
    }

    /** A worker's claim on one partition step execution. */
    public record Claim(long stepExecutionId, long jobExecutionId, String partition, String worker, LocalDateTime claimedAt,
                        LocalDateTime finishedAt, String outcome, Duration sinceHeartbeat) {

        public boolean finished() {
            return finishedAt != null;
        }

        /** Unfinished, and beating within the given time. */
        public boolean live(Duration timeout) {
            return !finished() && sinceHeartbeat.compareTo(timeout) <= 0;
        }
    }
}
