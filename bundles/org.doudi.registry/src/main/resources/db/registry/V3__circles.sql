-- The four circles (SPEC §4), version 3: each active member's circle, recomputed whenever the household's facts,
-- cases or enrolments change, and daily (two-year windows expire). Derived data: rebuilt from the facts at will.
CREATE TABLE person_circle (
    person_id VARCHAR(36) NOT NULL PRIMARY KEY,
    household_id VARCHAR(36) NOT NULL,
    street VARCHAR(32) NOT NULL,
    circle INTEGER,
    reason VARCHAR(300) NOT NULL,
    as_of DATE NOT NULL,
    computed_at TIMESTAMP NOT NULL
);
CREATE INDEX person_circle_household_ix ON person_circle (household_id);
CREATE INDEX person_circle_street_ix ON person_circle (street, circle);
