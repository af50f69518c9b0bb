package org.doudi.registry.internal.monitoring;

import java.util.EnumSet;
import java.util.Set;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.SuggestedAction;
import org.doudi.api.monitoring.WarningSeverity;

/**
 * Severity and suggested action of a matched fact.
 * <ul>
 * <li>Facts that may stop or cut assistance (death, job, pension, business, real estate, vehicle, sentence):
 * HIGH with the type's action when a live enrolment covering the person pays money (ACTIVE, amount above zero);
 * MEDIUM with the type's action when the covering enrolments pay nothing now (a recognition without cash, or
 * already suspended); for a registered person no enrolment covers, LOW and {@code UPDATE_RECORD} (the registry's
 * facts are out of date, no money is at stake) — except a death, MEDIUM: the member must be ended, household size
 * feeds every evaluation and the circles.</li>
 * <li>Facts that may open more help (large medical expense, disability certified, school enrolment): MEDIUM and
 * {@code CHECK_NEW_ASSISTANCE} for a registered person no enrolment covers (someone possibly newly in need: what
 * monitoring is for); LOW with the same action for an enrolled person (already assisted; check the add-ons such
 * as medical or education assistance, the disability subsidy).</li>
 * <li>A death ({@link #assessDeath}): STOP_PAYMENT when an enrolment covering the person pays for nobody else alive
 * ({@link DeathCoverage}); RECHECK_ELIGIBILITY when the covering enrolments still pay for other members (the benefit
 * must be recalculated, not stopped); HIGH when a covering enrolment pays money, MEDIUM when none does; for a
 * registered person no enrolment covers, MEDIUM and UPDATE_RECORD.</li>
 * </ul>
 */
final class WarningRules {
    private static final Set<FeedType> NEED_SIDE = EnumSet.of(FeedType.MEDICAL_EXPENSE,
            FeedType.DISABILITY_CERTIFICATION, FeedType.SCHOOL_ENROLMENT);

    /** @param severity how urgent; @param action what the street should do */
    record Assessment(WarningSeverity severity, SuggestedAction action) {
    }

    private WarningRules() {
    }

    /**
     * @param covered a live enrolment of the household covers the person
     * @param paying  one of those is ACTIVE and pays money
     */
    static Assessment assess(FeedType type, boolean covered, boolean paying) {
        if (NEED_SIDE.contains(type)) {
            return covered ? new Assessment(WarningSeverity.LOW, SuggestedAction.CHECK_NEW_ASSISTANCE)
                    : new Assessment(WarningSeverity.MEDIUM, SuggestedAction.CHECK_NEW_ASSISTANCE);
        }
        if (covered) {
            return new Assessment(paying ? WarningSeverity.HIGH : WarningSeverity.MEDIUM, type.action());
        }
        return new Assessment(type == FeedType.DEATH ? WarningSeverity.MEDIUM : WarningSeverity.LOW,
                SuggestedAction.UPDATE_RECORD);
    }

    /**
     * @param ending an enrolment covering the person pays for nobody else alive: stop it
     * @param shared an enrolment covering the person still pays for other members: recalculate it
     * @param paying a covering enrolment is ACTIVE and pays money
     */
    static Assessment assessDeath(boolean ending, boolean shared, boolean paying) {
        if (!ending && !shared) {
            return new Assessment(WarningSeverity.MEDIUM, SuggestedAction.UPDATE_RECORD);
        }
        return new Assessment(paying ? WarningSeverity.HIGH : WarningSeverity.MEDIUM,
                ending ? SuggestedAction.STOP_PAYMENT : SuggestedAction.RECHECK_ELIGIBILITY);
    }
}
