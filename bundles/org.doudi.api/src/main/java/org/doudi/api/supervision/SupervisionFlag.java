package org.doudi.api.supervision;

/**
 * A supervision flag on a case, enrolment or warning, shown to the caseworker: e.g. the applicant is on the
 * dishonesty list, or a member is a registered close relative of a member of staff.
 *
 * @param kind    a stable code: {@code DISHONESTY_LISTED}, {@code STAFF_RELATIVE}, …
 * @param message what it means, in words, with the record it rests on
 */
public record SupervisionFlag(String kind, String message) {
}
