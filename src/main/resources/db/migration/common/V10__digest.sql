-- The weekly digest's send log and the optional subscriber table. Portable SQL: H2 and PostgreSQL.

-- One row per (week, recipient): the digest of a week goes to an address at most once.
-- status: 'sending' (written before the SMTP call), 'sent' (after the server accepted it),
-- 'pending' (every attempt failed; the next run tries again). See docs/digest.md.
CREATE TABLE mw_digest_send (
    week        VARCHAR(8)    NOT NULL,
    recipient   VARCHAR(320)  NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    message_id  VARCHAR(400)  NOT NULL,
    attempts    INTEGER       NOT NULL,
    last_error  VARCHAR(2000),
    updated_at  TIMESTAMP     NOT NULL,
    sent_at     TIMESTAMP,
    PRIMARY KEY (week, recipient)
);

-- Subscribers kept in the database instead of a CSV file: the same columns as subscribers.csv.
-- A row with active = FALSE receives nothing (an unsubscribe).
CREATE TABLE mw_digest_subscriber (
    email      VARCHAR(320)  NOT NULL PRIMARY KEY,
    name       VARCHAR(200),
    watchlist  VARCHAR(4000),
    active     BOOLEAN       DEFAULT TRUE NOT NULL
);
