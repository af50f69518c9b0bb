-- Program records, resources and referrals, version 10 (SPEC §2, §7). Portable SQL (Derby, PostgreSQL).
-- Depends on V1 (household, audit_event).

-- A program's records are audited as <programId>/<kind>: up to 40 + 1 + 40 characters.
ALTER TABLE audit_event ALTER COLUMN entity_type SET DATA TYPE VARCHAR(100);

-- A record a program bundle keeps in the core (ProgramRecordStore): indexed columns, the program's JSON in body.
-- Records are never deleted; uninstalling the program leaves them here.
CREATE TABLE program_record (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    program_id VARCHAR(40) NOT NULL,
    kind VARCHAR(40) NOT NULL,
    household_id VARCHAR(64),
    street VARCHAR(32),
    status VARCHAR(30),
    event_date DATE,
    due_date DATE,
    amount DECIMAL(14, 2),
    body ${clob},
    version BIGINT NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX program_record_household_ix ON program_record (program_id, kind, household_id);
CREATE INDEX program_record_due_ix ON program_record (program_id, kind, status, due_date);

-- A record's lookup keys (e.g. a hashed ID number per person covered).
CREATE TABLE program_record_key (
    record_id VARCHAR(36) NOT NULL REFERENCES program_record (id),
    key_value VARCHAR(100) NOT NULL,
    PRIMARY KEY (record_id, key_value)
);
CREATE INDEX program_record_key_ix ON program_record_key (key_value);

-- One row per program and kind, locked by every write of that kind: a program's guard and the write it checks
-- are not interleaved with another write of the same kind, on any server sharing the database.
CREATE TABLE program_record_lock (
    program_id VARCHAR(40) NOT NULL,
    kind VARCHAR(40) NOT NULL,
    writes BIGINT NOT NULL,
    PRIMARY KEY (program_id, kind)
);

-- An assistance resource (救助资源) with its optional capacity (places) and budget (yuan), and what referrals hold.
CREATE TABLE assistance_resource (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    category VARCHAR(30) NOT NULL,
    provider VARCHAR(200) NOT NULL,
    program_id VARCHAR(40),
    street VARCHAR(32),
    capacity INTEGER,
    budget DECIMAL(14, 2),
    committed INTEGER NOT NULL,
    committed_amount DECIMAL(14, 2) NOT NULL,
    valid_from DATE,
    valid_to DATE,
    active BOOLEAN NOT NULL,
    description VARCHAR(2000),
    version BIGINT NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX assistance_resource_street_ix ON assistance_resource (street, active);

-- A referral (转介) of a household's need to a resource, tracked to its outcome.
CREATE TABLE referral (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    household_id VARCHAR(36) NOT NULL REFERENCES household (id),
    street VARCHAR(32) NOT NULL,
    resource_id VARCHAR(36) NOT NULL REFERENCES assistance_resource (id),
    dimension VARCHAR(20),
    amount DECIMAL(14, 2),
    status VARCHAR(12) NOT NULL,
    referred_on DATE NOT NULL,
    note VARCHAR(500),
    outcome VARCHAR(1000),
    outcome_on DATE,
    referred_by VARCHAR(100) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX referral_household_ix ON referral (household_id, referred_on);
CREATE INDEX referral_resource_ix ON referral (resource_id, status);
CREATE INDEX referral_street_ix ON referral (street, status);
