package org.doudi.api.needs;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit as recorded ({@code POST /api/visits}, 走访).
 *
 * @param householdId the household visited
 * @param advisor     who visited (the advisor's user name or name, at most 100 characters)
 * @param visitedOn   the day of the visit (not in the future)
 * @param findings    what was found (required, at most 2000 characters)
 * @param services    the services delivered on the visit: free text or codes such as {@code HOSPITAL_ESCORT},
 *                    {@code DAILY_CARE}, {@code TUTORING}, {@code JOB_GUIDANCE}, {@code PSYCHOLOGICAL_SUPPORT},
 *                    {@code RESPITE_CARE} (each at most 200 characters; at most 20; may be empty)
 * @param followUp    the follow-up agreed, or null (at most 2000 characters)
 */
public record VisitRequest(String householdId, String advisor, LocalDate visitedOn, String findings,
        List<String> services, String followUp) {
}
