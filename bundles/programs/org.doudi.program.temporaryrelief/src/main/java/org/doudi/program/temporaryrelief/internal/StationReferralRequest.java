package org.doudi.program.temporaryrelief.internal;

import java.time.LocalDate;

/**
 * A homeless or stranded person (流浪乞讨、临时遇困) found in the district, to refer, e.g.
 * {@code {"name":"王某","situation":"STRANDED","foundAt":"中山公园地铁站","foundOn":"2024-10-01","hukouShanghai":true,
 * "hukouStreet":"tianshanlu","note":"wallet stolen"}}.
 *
 * @param name          the person's name as given (or a description when unknown)
 * @param idNumber      the resident ID number, when known
 * @param situation     homeless or stranded
 * @param foundAt       where the person was found
 * @param foundOn       the day, not after today
 * @param hukouShanghai true when the person has Shanghai hukou
 * @param hukouStreet   the street of the person's hukou (a street id of the district), when known
 * @param note          what the person needs, what was done
 */
public record StationReferralRequest(String name, String idNumber, Situation situation, String foundAt,
        LocalDate foundOn, Boolean hukouShanghai, String hukouStreet, String note) {
}
