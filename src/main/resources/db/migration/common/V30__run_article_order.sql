-- A run's articles are read back in input order (seq), a page at a time: this index serves that
-- order without a sort, which for a night of 100,000 articles would spill every payload to disk.
-- Portable SQL: runs on H2 and PostgreSQL.

CREATE INDEX mw_run_article_seq ON mw_run_article (job_instance_id, seq);
