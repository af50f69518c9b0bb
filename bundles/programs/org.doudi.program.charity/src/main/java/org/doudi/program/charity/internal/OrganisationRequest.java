package org.doudi.program.charity.internal;

/**
 * A charity organisation to register: {@code POST /api/programs/charity/organisations}. Also the stored body of an
 * {@code organisation} record.
 *
 * @param name               the registered name, e.g. 长宁区慈善基金会, required, at most 200 characters, unique
 * @param registrationNumber the unified social credit code (统一社会信用代码) or other registration number: letters,
 *                           digits and hyphens, at most 40, unique (compared in upper case)
 * @param contact            a contact person and telephone, required, at most 200 characters
 * @param note               remarks (the agreement's reference, say), at most 1000 characters, or null
 */
public record OrganisationRequest(String name, String registrationNumber, String contact, String note) {
}
