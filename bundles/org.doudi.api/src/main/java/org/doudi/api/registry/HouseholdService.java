package org.doudi.api.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;

/**
 * The household registry (SPEC §1): the hub every program reads. Every write validates the whole household
 * first (a {@link org.doudi.api.ValidationException} lists every broken rule and nothing is written), then
 * commits the change and its audit record in one transaction. Nothing is ever deleted: members leave with an
 * end date, and every version of a household stays in its history.
 */
public interface HouseholdService {

    /**
     * Registers a household. New members get a {@code personId}; economic facts may name their member by
     * ID number. With an idempotency key in the context, a retry of the same request returns the household
     * created the first time, and the same key with a different request is refused (422).
     */
    WriteResult<Household> create(Household household, WriteContext context);

    /** The household with derived figures as of today, if it exists. */
    Optional<Household> find(String id);

    /** The household with derived figures as of {@code asOf}. */
    Optional<Household> find(String id, LocalDate asOf);

    /**
     * The derived figures of a household as it is given (it need not be stored, nor valid as a whole), as of
     * {@code asOf}: for what-if questions such as a gradual exit that leaves out new work income, or a policy
     * simulation. Nothing is written.
     */
    Household deriveFigures(Household household, LocalDate asOf);

    /**
     * Replaces the household's writable fields. {@code expectedVersion} must be the current version
     * (else 412). Members are matched by {@code personId}; a member cannot be removed, only ended.
     */
    Household update(String id, long expectedVersion, Household household, WriteContext context);

    /** Adds one member (a birth, a marriage, someone moving in). */
    Household addMember(String householdId, Member member, WriteContext context);

    /** Ends a membership on a date (death, moving out): the person stays in the record with the end date. */
    Household endMember(String householdId, String personId, LocalDate endedOn, EndReason reason,
            WriteContext context);

    /** Households matching the query, ordered by id. */
    Page<Household> search(HouseholdQuery query);

    /**
     * The households in which the person with this ID number is or was a member, ended memberships (death, moving
     * out) included, with derived figures as of today: the newest membership first (a current membership before
     * ended ones, ended ones by their end date, latest first), each household once, at most {@code max}. Empty for an
     * unknown number. {@link #search} finds current members only.
     */
    List<Household> findByMember(String idNumber, int max);

    /** Every version of the household, oldest first. */
    List<HouseholdRevision> history(String householdId);

    /**
     * Records in the audit trail that {@code actor} read the full record of a household (partners' reads, and
     * other sensitive reads), with the stated purpose.
     */
    void recordRead(String householdId, String actor, String purpose);

    /** Number of households, in one street or (null) in all. */
    long count(String street);
}
