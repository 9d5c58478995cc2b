-- Partitioned extraction (see docs/architecture.md): the night's input is numbered once, in
-- mw_run_file, and every partition reads its share of it. Portable SQL: runs on H2 and PostgreSQL.

CREATE TABLE mw_run_file (
    job_instance_id BIGINT NOT NULL,
    seq             BIGINT NOT NULL,
    file            VARCHAR(1000) NOT NULL,
    path            VARCHAR(4000) NOT NULL,
    problem         VARCHAR(2000),
    PRIMARY KEY (job_instance_id, seq)
);

CREATE UNIQUE INDEX mw_run_file_name ON mw_run_file (job_instance_id, file);
