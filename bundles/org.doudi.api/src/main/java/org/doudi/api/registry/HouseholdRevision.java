package org.doudi.api.registry;

import java.time.Instant;

/**
 * One version in a household's history: who changed it, when, why, and the household as it was after.
 *
 * @param version  the household version this change produced
 * @param at       when
 * @param actor    who
 * @param action   what kind of change, e.g. {@code HOUSEHOLD_CREATED}
 * @param reason   why, as stated by the actor
 * @param snapshot the household after the change
 */
public record HouseholdRevision(long version, Instant at, String actor, String action, String reason,
        Household snapshot) {
}
