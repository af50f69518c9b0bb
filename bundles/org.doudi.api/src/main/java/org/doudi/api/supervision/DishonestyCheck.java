package org.doudi.api.supervision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * The answer to a partner's query of the joint-punishment list by ID number: listed or not, and since which
 * decision; nothing else.
 *
 * @param idNumber  the ID number asked about
 * @param listed    on the list today
 * @param decidedOn the day of the (latest) decision it rests on, when listed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DishonestyCheck(String idNumber, boolean listed, LocalDate decidedOn) {
}
