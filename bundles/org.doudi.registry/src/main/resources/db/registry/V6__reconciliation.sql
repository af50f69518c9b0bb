-- Fund reconciliation, version 6: the fund internal-control platform's monthly export compared with our payment
-- roll. Each run is one stored reconciliation; its figures, mismatches and row errors are written with it, in one
-- transaction with its audit entry. Portable SQL (Derby, PostgreSQL).
CREATE TABLE reconciliation (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    recon_month VARCHAR(7) NOT NULL,
    file_name VARCHAR(200),
    file_sha256 VARCHAR(64) NOT NULL,
    row_count BIGINT NOT NULL,
    error_count BIGINT NOT NULL,
    mismatch_count BIGINT NOT NULL,
    ran_by VARCHAR(100) NOT NULL,
    ran_at TIMESTAMP NOT NULL
);
CREATE INDEX reconciliation_month_ix ON reconciliation (recon_month, ran_at);

-- Figures per group: dimension ALL (group_key 'all'), STREET (a street id, or '(not registered)') or PROGRAM;
-- measure ROLL (our roll), PAID (the platform's PAID rows, unreadable ones included), PAID_OFF_ROLL (PAID rows that
-- reached no roll payment: not on the roll, a second payment, or unreadable), ERRONEOUS (payments with at least one
-- mismatch: PAID rows and unpaid roll payments), OVERPAID / UNDERPAID (AMOUNT_DIFFERS differences by sign, as
-- positive sums) or a mismatch kind (AMOUNT_DIFFERS: the net of its signed differences).
CREATE TABLE reconciliation_total (
    reconciliation_id VARCHAR(36) NOT NULL REFERENCES reconciliation (id),
    dimension VARCHAR(8) NOT NULL,
    group_key VARCHAR(40) NOT NULL,
    measure VARCHAR(24) NOT NULL,
    item_count BIGINT NOT NULL,
    amount DECIMAL(18, 2) NOT NULL,
    PRIMARY KEY (reconciliation_id, dimension, group_key, measure)
);

-- One mismatch, numbered within its reconciliation; settled by recording a resolution (who, when, how), or by a
-- resolution carried over from the same month's previous run (carried_from: the run it was recorded in).
-- program_id is null only for an UNREADABLE_ROW whose program cannot be read; amount is signed for AMOUNT_DIFFERS.
CREATE TABLE reconciliation_mismatch (
    reconciliation_id VARCHAR(36) NOT NULL REFERENCES reconciliation (id),
    mismatch_no INTEGER NOT NULL,
    kind VARCHAR(24) NOT NULL,
    street VARCHAR(32),
    program_id VARCHAR(40),
    household_id VARCHAR(36),
    enrolment_id VARCHAR(36),
    id_number VARCHAR(18),
    line_no BIGINT,
    first_line_no BIGINT,
    roll_amount DECIMAL(14, 2),
    paid_amount DECIMAL(14, 2),
    amount DECIMAL(14, 2) NOT NULL,
    roll_account VARCHAR(40),
    paid_account VARCHAR(40),
    detail VARCHAR(500) NOT NULL,
    resolution VARCHAR(24),
    resolution_note VARCHAR(1000),
    resolved_by VARCHAR(100),
    resolved_at TIMESTAMP,
    carried_from VARCHAR(36),
    version BIGINT NOT NULL,
    PRIMARY KEY (reconciliation_id, mismatch_no)
);
CREATE INDEX reconciliation_mismatch_ix ON reconciliation_mismatch (reconciliation_id, street, kind);

-- The first 1,000 rows of the file that were not reconciled, with line and reason.
CREATE TABLE reconciliation_error (
    reconciliation_id VARCHAR(36) NOT NULL REFERENCES reconciliation (id),
    seq INTEGER NOT NULL,
    line_no BIGINT NOT NULL,
    field VARCHAR(32) NOT NULL,
    rule VARCHAR(32) NOT NULL,
    message VARCHAR(500) NOT NULL,
    PRIMARY KEY (reconciliation_id, seq)
);
