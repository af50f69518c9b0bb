package org.doudi.api.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A referral (转介) of a household's need to a resource, tracked to its outcome.
 *
 * @param id           the referral's id
 * @param householdId  the household
 * @param street       the household's street when referred
 * @param resourceId   the resource
 * @param resourceName its name
 * @param dimension    the need answered (a {@code NeedsGrades} dimension), or null
 * @param amount       yuan requested from the resource's budget, or null
 * @param status       where it stands
 * @param referredOn   the day of the referral
 * @param note         why, as stated
 * @param outcome      what happened, once accepted, delivered, declined or withdrawn
 * @param outcomeOn    the day of the latest change
 * @param referredBy   who referred
 * @param updatedBy    who changed it last
 * @param updatedAt    when
 * @param version      the record's version
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Referral(String id, String householdId, String street, String resourceId, String resourceName,
        String dimension, BigDecimal amount, ReferralStatus status, LocalDate referredOn, String note,
        String outcome, LocalDate outcomeOn, String referredBy, String updatedBy, Instant updatedAt, long version) {
}
