-- Editors' review (docs/review.md). The correction's number is the only vendor-specific part.

-- One row per correction an editor made: the fact's id, what to do with it, the new values of a
-- fix and the values they replaced (JSON objects), who and when. An undone correction keeps its
-- row with undone_at set; a later correction of the same fact replaces it (undone_at set too).
CREATE TABLE mw_correction (
    number      BIGSERIAL PRIMARY KEY,
    fact_id     VARCHAR(64)   NOT NULL,
    fact_kind   VARCHAR(16)   NOT NULL,
    action      VARCHAR(8)    NOT NULL,
    fields      VARCHAR(8000) NOT NULL,
    original    VARCHAR(8000) NOT NULL,
    made_by     VARCHAR(200),
    made_at     TIMESTAMP     NOT NULL,
    as_of       DATE          NOT NULL,
    undone_at   TIMESTAMP,
    undone_by   VARCHAR(200)
);

CREATE INDEX mw_correction_fact ON mw_correction (fact_id);

-- A night an editor has reviewed (its review file applied), under an output folder.
CREATE TABLE mw_review_night (
    as_of         DATE          NOT NULL,
    output_folder VARCHAR(1000) NOT NULL,
    reviewed_by   VARCHAR(200),
    reviewed_at   TIMESTAMP     NOT NULL,
    PRIMARY KEY (as_of, output_folder)
);

-- A week whose digest an editor approved for sending (marketwatch.digest.require-approval).
CREATE TABLE mw_digest_approval (
    week        VARCHAR(8)    NOT NULL PRIMARY KEY,
    approved_by VARCHAR(200),
    approved_at TIMESTAMP     NOT NULL
);
