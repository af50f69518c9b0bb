package org.doudi.api.needs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.doudi.api.WriteContext;

/**
 * Visits (走访, SPEC §8). A household's visit cycle follows its current hardship level (the current needs
 * assessment's): HIGH monthly, MEDIUM quarterly, LOW half-yearly by default (configuration {@code org.doudi.needs}:
 * {@code visitMonthsHigh}, {@code visitMonthsMedium}, {@code visitMonthsLow}). The next visit is due the cycle after
 * the last visit, or after the current assessment's day when never visited; a household never assessed has no cycle.
 * The lists filter by street on the household's current street (where it lives now), like the needs list: a household
 * that moved counts, with all its visits, for its new street, not for the street a visit was made in. Every write
 * is audited in its transaction; street scoping is the caller's concern.
 */
public interface VisitService {

    /**
     * Records a visit.
     *
     * @throws org.doudi.api.ValidationException for a missing or invalid field (a visit in the future)
     * @throws org.doudi.api.DoudiException 404 for an unknown household
     */
    Visit record(VisitRequest request, WriteContext context);

    /** The household's visits, the newest first. */
    List<Visit> history(String householdId);

    /** When the household's next visit is due, judged on {@code asOf}; empty when it was never assessed. */
    Optional<VisitDue> due(String householdId, LocalDate asOf);

    /** The households whose next visit is due before the query's day, the most overdue first. */
    List<VisitDue> overdue(OverdueVisitQuery query);

    /**
     * The advisor list (顾问清单): everyone who recorded a visit of the households now living in {@code street} (all
     * streets when null), per advisor and current street, with the households they visited and how many of those are
     * overdue on {@code asOf}.
     */
    List<AdvisorSummary> advisors(String street, LocalDate asOf);

    /**
     * The service list (服务清单): the services delivered on visits from {@code from} to {@code to} (inclusive; null
     * for open ends) to the households now living in {@code street} (all when null; a visit made before the household
     * moved counts for its current street), each with how often and to how many households, the most frequent first.
     */
    List<ServiceTally> services(String street, LocalDate from, LocalDate to);
}
