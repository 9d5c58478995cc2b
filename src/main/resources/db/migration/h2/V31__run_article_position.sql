-- Partitions store every article they read, keyed by its position in the input; the briefing
-- step counts an article read twice only once (see docs/architecture.md, "Determinism").
ALTER TABLE mw_run_article DROP PRIMARY KEY;
ALTER TABLE mw_run_article ADD PRIMARY KEY (job_instance_id, seq);
CREATE INDEX mw_run_article_id ON mw_run_article (job_instance_id, article_id);
