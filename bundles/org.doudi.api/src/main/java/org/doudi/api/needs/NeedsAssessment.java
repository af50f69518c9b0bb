package org.doudi.api.needs;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded needs assessment (困难画像). The newest one of a household is current and sets its hardship level;
 * the earlier ones are kept, each naming the assessment that superseded it.
 *
 * @param id           the assessment's id
 * @param householdId  the household assessed
 * @param street       the household's street when assessed
 * @param assessedOn   the day of the assessment
 * @param grades       the six dimensions' grades
 * @param score        the sum of the grades' points (HIGH 3, MEDIUM 2, LOW 1): 6 to 18
 * @param level        the overall hardship level from the score (thresholds of configuration {@code org.doudi.needs})
 * @param note         remarks, or null
 * @param current      true for the household's newest assessment
 * @param supersededBy the assessment that replaced this one, or null while current
 * @param recordedBy   who recorded it
 * @param recordedAt   when
 * @param version      the record's version
 */
public record NeedsAssessment(String id, String householdId, String street, LocalDate assessedOn, NeedsGrades grades,
        int score, Grade level, String note, boolean current, String supersededBy, String recordedBy,
        Instant recordedAt, long version) {
}
