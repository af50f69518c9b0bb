package org.doudi.registry.internal.monitoring;

import java.util.List;

/**
 * An active member of the registry, found by ID number.
 *
 * @param personId    the person
 * @param householdId their household
 * @param street      the household's street
 * @param enrolments  the household's live enrolments
 */
record RegisteredPerson(String personId, String householdId, String street, List<LiveEnrolment> enrolments) {
}
