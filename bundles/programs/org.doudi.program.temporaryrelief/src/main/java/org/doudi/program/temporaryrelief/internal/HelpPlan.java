package org.doudi.program.temporaryrelief.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.doudi.api.records.ProgramRecord;

/**
 * A household's help plan (一户一策) as the API shows it; its version is also the ETag to send back in
 * {@code If-Match}.
 *
 * @param id          the plan's id
 * @param householdId the household
 * @param street      the household's current street
 * @param status      {@code OPEN} while an action is not done, {@code DONE} when all are
 * @param nextDue     the earliest due day of an action not done, or null
 * @param overdue     true when an action not done is past its due day
 * @param goal        the goal
 * @param actions     the actions
 * @param version     the record's version
 * @param createdBy   who wrote the plan
 * @param createdAt   when
 * @param updatedBy   who changed it last
 * @param updatedAt   when
 */
public record HelpPlan(String id, String householdId, String street, String status, LocalDate nextDue,
        boolean overdue, String goal, List<PlanAction> actions, long version, String createdBy, Instant createdAt,
        String updatedBy, Instant updatedAt) {

    /** The record body. */
    record Body(String goal, List<PlanAction> actions) {
    }

    static HelpPlan of(ProgramRecord r, LocalDate today) {
        return of(r, r.street(), today);
    }

    /** The plan shown under {@code street}, the household's current street. */
    static HelpPlan of(ProgramRecord r, String street, LocalDate today) {
        Body b = RecordBodies.read(r.body(), Body.class);
        boolean overdue = HelpPlans.OPEN.equals(r.status()) && r.dueDate() != null && r.dueDate().isBefore(today);
        return new HelpPlan(r.id(), r.householdId(), street, r.status(), r.dueDate(), overdue, b.goal(),
                b.actions(), r.version(), r.createdBy(), r.createdAt(), r.updatedBy(), r.updatedAt());
    }
}
