-- Supervision, version 7: monthly file checks (档案材料集中核查) and dishonesty records (失信记录). Portable SQL
-- (Derby, PostgreSQL). Depends on version 2 (case_file, household) only.

-- A monthly file check: one per month, drawn with a seed (the same month and seed draw the same sample).
-- items: the check items every sampled file is gone through for, one per line.
CREATE TABLE file_check (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    check_month VARCHAR(7) NOT NULL,
    seed BIGINT NOT NULL,
    size_per_street INTEGER NOT NULL,
    items VARCHAR(2000) NOT NULL,
    drawn_by VARCHAR(100) NOT NULL,
    drawn_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT file_check_month_uq UNIQUE (check_month)
);

-- Each street's population (cases decided in the month) and how many were drawn.
CREATE TABLE file_check_street (
    file_check_id VARCHAR(36) NOT NULL REFERENCES file_check (id),
    seq INTEGER NOT NULL,
    street VARCHAR(32) NOT NULL,
    population INTEGER NOT NULL,
    sampled INTEGER NOT NULL,
    PRIMARY KEY (file_check_id, seq)
);

-- A sampled case, with the facts it was drawn on (street, status, decision day) as they were then.
CREATE TABLE file_check_case (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    file_check_id VARCHAR(36) NOT NULL REFERENCES file_check (id),
    case_id VARCHAR(36) NOT NULL REFERENCES case_file (id),
    household_id VARCHAR(36) NOT NULL,
    program_id VARCHAR(40) NOT NULL,
    street VARCHAR(32) NOT NULL,
    case_status VARCHAR(16) NOT NULL,
    decided_on DATE NOT NULL,
    rank_no INTEGER NOT NULL,
    reviewed_by VARCHAR(100),
    reviewed_at TIMESTAMP,
    review_note VARCHAR(500),
    version BIGINT NOT NULL,
    CONSTRAINT file_check_case_uq UNIQUE (file_check_id, case_id)
);
CREATE INDEX file_check_case_street_ix ON file_check_case (street, file_check_id);

-- A finding on a sampled case and its correction. status: OPEN, CORRECTION_SUBMITTED (the street recorded its
-- correction), CLOSED (the district accepted it: closed_by, closed_at).
CREATE TABLE file_check_finding (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    sample_id VARCHAR(36) NOT NULL REFERENCES file_check_case (id),
    finding_no INTEGER NOT NULL,
    category VARCHAR(24) NOT NULL,
    item VARCHAR(100),
    description VARCHAR(500) NOT NULL,
    required_correction VARCHAR(500) NOT NULL,
    due_on DATE NOT NULL,
    status VARCHAR(24) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    corrected_on DATE,
    correction VARCHAR(500),
    closed_by VARCHAR(100),
    closed_at TIMESTAMP,
    version BIGINT NOT NULL,
    CONSTRAINT file_check_finding_uq UNIQUE (sample_id, finding_no)
);
CREATE INDEX file_check_finding_open_ix ON file_check_finding (status, due_on);

-- A dishonesty record: the person, the decision, the overpayment computed from the payment roll (months that are
-- over, first-day status; overpayment_note names the months left out as not paid by the reconciliation), the fine, the
-- recovery so far, and the listing (from decided_on until listed_until, or until lifted_on).
CREATE TABLE dishonesty_record (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    id_number VARCHAR(18) NOT NULL,
    person_name VARCHAR(100) NOT NULL,
    household_id VARCHAR(36) NOT NULL REFERENCES household (id),
    street VARCHAR(32) NOT NULL,
    program_id VARCHAR(40) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    decision VARCHAR(500) NOT NULL,
    decided_on DATE NOT NULL,
    overpaid_from VARCHAR(7) NOT NULL,
    overpaid_to VARCHAR(7) NOT NULL,
    overpaid_amount DECIMAL(14, 2) NOT NULL,
    overpayment_note VARCHAR(1000),
    fine_multiple DECIMAL(4, 2) NOT NULL,
    fine_amount DECIMAL(14, 2) NOT NULL,
    recovered_amount DECIMAL(14, 2) NOT NULL,
    terminated_enrolments VARCHAR(1000),
    listed_until DATE,
    lifted_on DATE,
    lift_reason VARCHAR(500),
    lifted_by VARCHAR(100),
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT dishonesty_record_uq UNIQUE (id_number, program_id, decided_on)
);
CREATE INDEX dishonesty_id_number_ix ON dishonesty_record (id_number);
CREATE INDEX dishonesty_street_ix ON dishonesty_record (street, decided_on);
CREATE INDEX dishonesty_household_ix ON dishonesty_record (household_id);

-- The months of the overpayment: each enrolment on a month's roll with its amount.
CREATE TABLE dishonesty_month (
    record_id VARCHAR(36) NOT NULL REFERENCES dishonesty_record (id),
    seq INTEGER NOT NULL,
    pay_month VARCHAR(7) NOT NULL,
    enrolment_id VARCHAR(36) NOT NULL,
    amount DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (record_id, seq)
);

-- The enrolment-months claimed by records in force (not lifted): the same money is claimed once. A record's rows
-- are written with it and deleted when its listing is lifted; dishonesty_month keeps the record's own history.
CREATE TABLE dishonesty_claim (
    enrolment_id VARCHAR(36) NOT NULL,
    pay_month VARCHAR(7) NOT NULL,
    record_id VARCHAR(36) NOT NULL REFERENCES dishonesty_record (id),
    PRIMARY KEY (enrolment_id, pay_month)
);
CREATE INDEX dishonesty_claim_record_ix ON dishonesty_claim (record_id);

-- Payments recovered.
CREATE TABLE dishonesty_recovery (
    record_id VARCHAR(36) NOT NULL REFERENCES dishonesty_record (id),
    seq INTEGER NOT NULL,
    recovery_no INTEGER NOT NULL,
    amount DECIMAL(14, 2) NOT NULL,
    received_on DATE NOT NULL,
    note VARCHAR(500),
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (record_id, seq)
);
