-- Supervision, version 8: close-relative registration (近亲属备案) and card/passbook custody (卡折代管备案).
-- Portable SQL (Derby, PostgreSQL). Depends on V1 (household) only.

-- A close relative of a member of staff (a Doudi user name), by ID number; relation SELF is the staff member's own
-- ID number (the user directory holds none). Active while ended_on is null: the relative's household's cases,
-- enrolments and warnings are flagged and decided by someone else.
CREATE TABLE staff_relative (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    staff_user VARCHAR(64) NOT NULL,
    relation VARCHAR(16) NOT NULL,
    name VARCHAR(100) NOT NULL,
    id_number VARCHAR(18) NOT NULL,
    note VARCHAR(500),
    registered_by VARCHAR(100) NOT NULL,
    registered_at TIMESTAMP NOT NULL,
    ended_on DATE,
    end_reason VARCHAR(500),
    ended_by VARCHAR(100),
    ended_at TIMESTAMP,
    version BIGINT NOT NULL
);
CREATE INDEX staff_relative_id_number_ix ON staff_relative (id_number, ended_on);
CREATE INDEX staff_relative_staff_ix ON staff_relative (staff_user, ended_on);

-- Who holds a recipient's bank card or passbook, since when, why, with whose consent. The recipient's name and ID
-- number are copied as they were when it was recorded; the account is stored whole and shown masked.
CREATE TABLE custody_record (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    household_id VARCHAR(36) NOT NULL REFERENCES household (id),
    street VARCHAR(32) NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    recipient_name VARCHAR(100) NOT NULL,
    recipient_id_number VARCHAR(18),
    custodian_name VARCHAR(100) NOT NULL,
    custodian_id_number VARCHAR(18) NOT NULL,
    custodian_relation VARCHAR(100) NOT NULL,
    item VARCHAR(16) NOT NULL,
    account VARCHAR(40) NOT NULL,
    held_since DATE NOT NULL,
    reason VARCHAR(500) NOT NULL,
    consent_by VARCHAR(16) NOT NULL,
    consent_name VARCHAR(100) NOT NULL,
    consent_on DATE NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    ended_on DATE,
    end_reason VARCHAR(500),
    ended_by VARCHAR(100),
    ended_at TIMESTAMP,
    version BIGINT NOT NULL
);
CREATE INDEX custody_street_ix ON custody_record (street, ended_on);
CREATE INDEX custody_custodian_ix ON custody_record (custodian_id_number);
CREATE INDEX custody_person_ix ON custody_record (person_id, item);
