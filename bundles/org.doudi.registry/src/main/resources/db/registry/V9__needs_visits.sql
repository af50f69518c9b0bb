-- Needs and visits, version 9: needs assessments (困难画像) and visits (走访), SPEC §7 and §8.
-- Portable SQL (Derby, PostgreSQL). Depends on V1 (household) only.

-- One assessment of a household: six dimensions graded HIGH/MEDIUM/LOW, their score (HIGH 3, MEDIUM 2, LOW 1 summed)
-- and the overall level from it. The newest is current (superseded_by null); earlier ones are kept.
CREATE TABLE needs_assessment (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    household_id VARCHAR(36) NOT NULL REFERENCES household (id),
    street VARCHAR(32) NOT NULL,
    assessed_on DATE NOT NULL,
    material VARCHAR(8) NOT NULL,
    health VARCHAR(8) NOT NULL,
    education VARCHAR(8) NOT NULL,
    employment VARCHAR(8) NOT NULL,
    social_support VARCHAR(8) NOT NULL,
    children_youth VARCHAR(8) NOT NULL,
    score INTEGER NOT NULL,
    hardship_level VARCHAR(8) NOT NULL,
    note VARCHAR(1000),
    superseded_by VARCHAR(36),
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX needs_assessment_household_ix ON needs_assessment (household_id, superseded_by);

-- A visit to a household: who, when, what was found, the follow-up; the services delivered in visit_service.
CREATE TABLE visit (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    household_id VARCHAR(36) NOT NULL REFERENCES household (id),
    street VARCHAR(32) NOT NULL,
    advisor VARCHAR(100) NOT NULL,
    visited_on DATE NOT NULL,
    findings VARCHAR(2000) NOT NULL,
    follow_up VARCHAR(2000),
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX visit_household_ix ON visit (household_id, visited_on);
CREATE INDEX visit_advisor_ix ON visit (advisor);

CREATE TABLE visit_service (
    visit_id VARCHAR(36) NOT NULL REFERENCES visit (id),
    seq INTEGER NOT NULL,
    service VARCHAR(200) NOT NULL,
    PRIMARY KEY (visit_id, seq)
);
