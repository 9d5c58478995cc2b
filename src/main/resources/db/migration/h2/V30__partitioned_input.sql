-- Partitioned extraction (see docs/architecture.md): the night's input is numbered once, in
-- mw_run_file, and every partition reads its share of it; partitions store every article they
-- read, keyed by its position, and the briefing step counts an article read twice only once.

CREATE TABLE mw_run_file (
    job_instance_id BIGINT NOT NULL,
    seq             BIGINT NOT NULL,
    file            VARCHAR(1000) NOT NULL,
    path            VARCHAR(4000) NOT NULL,
    problem         VARCHAR(2000),
    PRIMARY KEY (job_instance_id, seq)
);

CREATE UNIQUE INDEX mw_run_file_name ON mw_run_file (job_instance_id, file);

ALTER TABLE mw_run_article DROP PRIMARY KEY;
ALTER TABLE mw_run_article ADD PRIMARY KEY (job_instance_id, seq);
CREATE INDEX mw_run_article_id ON mw_run_article (job_instance_id, article_id);
