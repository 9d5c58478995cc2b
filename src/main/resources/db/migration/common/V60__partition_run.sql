-- Remote partitioning (docs/scale-out.md): which worker took which partition request, and its
-- heartbeat. One row per partition step execution; the primary key makes a request claimable once,
-- so a request the broker delivers twice (after a worker died, or the broker restarted) runs once.
CREATE TABLE mw_partition_run (
    step_execution_id BIGINT NOT NULL PRIMARY KEY,
    job_instance_id   BIGINT NOT NULL,
    job_execution_id  BIGINT NOT NULL,
    partition_name    VARCHAR(200) NOT NULL,
    worker            VARCHAR(300) NOT NULL,
    claimed_at        TIMESTAMP NOT NULL,
    heartbeat_at      TIMESTAMP NOT NULL,
    finished_at       TIMESTAMP,
    outcome           VARCHAR(40)
);

CREATE INDEX mw_partition_run_instance ON mw_partition_run (job_instance_id);
