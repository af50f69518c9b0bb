-- Casework, version 2: cases with their steps, enrolments with their status changes. Portable SQL.
CREATE TABLE case_file (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    household_id VARCHAR(36) NOT NULL REFERENCES household (id),
    program_id VARCHAR(40) NOT NULL,
    street VARCHAR(32) NOT NULL,
    status VARCHAR(16) NOT NULL,
    accepted_on DATE NOT NULL,
    deadline DATE NOT NULL,
    deadline_days INTEGER NOT NULL,
    deadline_provisional BOOLEAN NOT NULL,
    calendar_revision BIGINT NOT NULL,
    extension_reason VARCHAR(40),
    extension_note VARCHAR(500),
    credit_commitment BOOLEAN NOT NULL,
    verification_authorisation BOOLEAN NOT NULL,
    agent_name VARCHAR(100),
    agent_relation VARCHAR(50),
    payee_account VARCHAR(40),
    public_notice_until DATE,
    decided_on DATE,
    decision ${clob},
    enrolment_id VARCHAR(36),
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX case_street_ix ON case_file (street, status, deadline);
CREATE INDEX case_household_ix ON case_file (household_id, program_id);
CREATE INDEX case_deadline_ix ON case_file (status, deadline);

CREATE TABLE case_transition (
    case_id VARCHAR(36) NOT NULL REFERENCES case_file (id),
    seq INTEGER NOT NULL,
    from_status VARCHAR(16),
    to_status VARCHAR(16) NOT NULL,
    effective_on DATE NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    actor VARCHAR(100) NOT NULL,
    reason VARCHAR(500) NOT NULL,
    evidence VARCHAR(500),
    PRIMARY KEY (case_id, seq)
);

CREATE TABLE enrolment (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    household_id VARCHAR(36) NOT NULL REFERENCES household (id),
    program_id VARCHAR(40) NOT NULL,
    case_id VARCHAR(36) NOT NULL REFERENCES case_file (id),
    street VARCHAR(32) NOT NULL,
    monthly_amount DECIMAL(14, 2) NOT NULL,
    start_month VARCHAR(7) NOT NULL,
    next_review DATE NOT NULL,
    payee_account VARCHAR(40),
    status VARCHAR(16) NOT NULL,
    status_reason VARCHAR(32),
    status_since DATE NOT NULL,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX enrolment_program_ix ON enrolment (program_id, status, start_month);
CREATE INDEX enrolment_household_ix ON enrolment (household_id, program_id);
CREATE INDEX enrolment_street_ix ON enrolment (street, status);

CREATE TABLE enrolment_change (
    enrolment_id VARCHAR(36) NOT NULL REFERENCES enrolment (id),
    seq INTEGER NOT NULL,
    status VARCHAR(16) NOT NULL,
    reason VARCHAR(32),
    note VARCHAR(500),
    effective_on DATE NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    actor VARCHAR(100) NOT NULL,
    PRIMARY KEY (enrolment_id, seq)
);
