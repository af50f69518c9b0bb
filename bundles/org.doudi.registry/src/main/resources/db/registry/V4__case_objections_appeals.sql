-- Casework, version 4 (SPEC §3): objections raised during public notice (公示异议), and the reviews (复核) and
-- administrative reconsiderations (行政复议) asked for against a decision, each with its due day. Portable SQL.
CREATE TABLE case_objection (
    case_id VARCHAR(36) NOT NULL REFERENCES case_file (id),
    seq INTEGER NOT NULL,
    raised_on DATE NOT NULL,
    raised_by VARCHAR(100) NOT NULL,
    content VARCHAR(500) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (case_id, seq)
);

CREATE TABLE case_appeal (
    case_id VARCHAR(36) NOT NULL REFERENCES case_file (id),
    seq INTEGER NOT NULL,
    appeal_no INTEGER NOT NULL,
    kind VARCHAR(16) NOT NULL,
    filed_on DATE NOT NULL,
    grounds VARCHAR(500) NOT NULL,
    due_on DATE NOT NULL,
    due_provisional BOOLEAN NOT NULL,
    due_days INTEGER NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    outcome VARCHAR(16),
    outcome_on DATE,
    outcome_reason VARCHAR(500),
    outcome_recorded_at TIMESTAMP,
    outcome_recorded_by VARCHAR(100),
    PRIMARY KEY (case_id, seq)
);
CREATE INDEX case_appeal_due_ix ON case_appeal (due_provisional, outcome);
