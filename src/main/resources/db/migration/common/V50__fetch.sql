-- Fetching sources (io.marketwatch.fetch): what each source answered last, and every item ever
-- written into an input folder, so that an item is fetched once across nights. Portable SQL.

CREATE TABLE mw_fetch_source (
    name          VARCHAR(200) NOT NULL PRIMARY KEY,
    url           VARCHAR(4000) NOT NULL,
    etag          VARCHAR(1000),
    last_modified VARCHAR(200),
    fetched_at    TIMESTAMP NOT NULL,
    outcome       VARCHAR(20) NOT NULL,
    items_new     INT NOT NULL,
    items_seen    INT NOT NULL,
    items_failed  INT NOT NULL,
    bytes         BIGINT NOT NULL,
    millis        BIGINT NOT NULL,
    problem       VARCHAR(2000)
);

CREATE TABLE mw_fetch_item (
    item_key    VARCHAR(64) NOT NULL PRIMARY KEY,
    source_name VARCHAR(200) NOT NULL,
    item_id     VARCHAR(4000) NOT NULL,
    file        VARCHAR(4000) NOT NULL,
    fetched_at  TIMESTAMP NOT NULL
);
