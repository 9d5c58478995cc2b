-- Who is running a briefing night right now, across every process that shares this database
-- (see docs/operations.md, "Two instances"). A row is a lease: the holder renews expires_at while
-- it runs and deletes the row when it ends; a row whose expires_at has passed, or whose holder
-- process is gone from this machine, may be taken over. Portable SQL: runs on H2 and PostgreSQL.

CREATE TABLE mw_run_lease (
    name          VARCHAR(200) NOT NULL PRIMARY KEY,
    token         VARCHAR(36)  NOT NULL,
    host          VARCHAR(255) NOT NULL,
    pid           BIGINT       NOT NULL,
    process_start BIGINT,
    acquired_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
