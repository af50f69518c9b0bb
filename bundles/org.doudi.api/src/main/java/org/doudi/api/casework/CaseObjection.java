package org.doudi.api.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An objection raised during a case's public notice (公示异议). A recorded objection is what allows the deadline
 * to be extended for {@link ExtensionReason#PUBLIC_NOTICE_OBJECTION}.
 *
 * @param raisedOn   the day it was raised, within the public notice
 * @param raisedBy   who raised it, as they gave their name, or {@code anonymous}
 * @param content    what the objection says
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it (the user)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseObjection(LocalDate raisedOn, String raisedBy, String content, Instant recordedAt,
        String recordedBy) {
}
