-- What each nightly run keeps of its articles: metadata and facts as JSON, never the article text.
-- Keyed by the Spring Batch job instance, so that a restarted run continues where it stopped and
-- a forced re-run starts clean. Portable SQL: runs on H2 and PostgreSQL.

CREATE TABLE mw_run_article (
    job_instance_id BIGINT NOT NULL,
    article_id      VARCHAR(64) NOT NULL,
    seq             BIGINT NOT NULL,
    as_of           DATE NOT NULL,
    published_at    DATE,
    file            VARCHAR(1000) NOT NULL,
    payload         VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (job_instance_id, article_id)
);

CREATE INDEX mw_run_article_as_of ON mw_run_article (as_of);

-- A file that could not be read, or an article already read from another file of the run.
CREATE TABLE mw_run_skip (
    job_instance_id BIGINT NOT NULL,
    file            VARCHAR(1000) NOT NULL,
    seq             BIGINT NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (job_instance_id, seq)
);

-- A nightly run that completed: where it read and wrote. Digests and retention start here.
CREATE TABLE mw_run (
    job_instance_id BIGINT NOT NULL PRIMARY KEY,
    as_of           DATE NOT NULL,
    input_folder    VARCHAR(1000) NOT NULL,
    output_folder   VARCHAR(1000) NOT NULL,
    completed_at    TIMESTAMP NOT NULL,
    articles        INTEGER NOT NULL,
    skipped         INTEGER NOT NULL
);

CREATE INDEX mw_run_as_of ON mw_run (as_of);
