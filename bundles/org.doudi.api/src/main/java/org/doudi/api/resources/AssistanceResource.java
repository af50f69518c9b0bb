package org.doudi.api.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An assistance resource (救助资源) on the resource list.
 *
 * @param id              the resource's id
 * @param name            its name, e.g. 社区暖心基金
 * @param kind            who offers it
 * @param category        what it helps with
 * @param provider        the department, union or organisation offering it
 * @param programId       the program bundle that manages it (e.g. {@code charity}), or null for the core's own;
 *                        a program's resource is referred to and changed through that program only
 * @param street          the street it serves, or null for the whole district
 * @param capacity        how many referrals it can take, or null for no limit
 * @param budget          its budget in yuan, or null for no money limit
 * @param committed       referrals holding a place (referred, accepted or delivered)
 * @param committedAmount yuan held by those referrals
 * @param validFrom       first day it can be referred to, or null
 * @param validTo         last day, or null
 * @param active          false once closed: no new referrals
 * @param description     what it offers and to whom, or null
 * @param version         the record's version (the {@code ETag}); it moves with every change and also with every
 *                        referral taking or giving back a place (the committed counts are part of the record), so
 *                        read the resource again right before a change
 * @param updatedAt       when it last changed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssistanceResource(String id, String name, ResourceKind kind, ResourceCategory category,
        String provider, String programId, String street, Integer capacity, BigDecimal budget, int committed,
        BigDecimal committedAmount, LocalDate validFrom, LocalDate validTo, boolean active, String description,
        long version, Instant updatedAt) {

    /** Places left, or null for no limit. */
    @JsonProperty
    public Integer remainingCapacity() {
        return capacity == null ? null : Math.max(0, capacity - committed);
    }

    /** Yuan left, or null for no limit. */
    @JsonProperty
    public BigDecimal remainingBudget() {
        return budget == null ? null : budget.subtract(committedAmount).max(BigDecimal.ZERO);
    }
}
