package org.doudi.api.supervision;

/**
 * A close-relative registration as submitted ({@code POST /api/staff-relatives}).
 *
 * @param staff    the member of staff (a Doudi user name); the caller when absent. Only a district administrator
 *                 registers for someone else
 * @param relation how the person is related to the staff member; {@link StaffRelativeRelation#SELF} for the staff
 *                 member's own ID number
 * @param name     the person's name
 * @param idNumber the person's resident ID number (GB 11643)
 * @param note     anything worth recording, optional
 */
public record StaffRelativeRequest(String staff, StaffRelativeRelation relation, String name, String idNumber,
        String note) {
}
