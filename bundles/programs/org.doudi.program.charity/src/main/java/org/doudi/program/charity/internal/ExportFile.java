package org.doudi.program.charity.internal;

/**
 * One outbound export of assisted people to an organisation: the CSV and what the audit record says of it.
 *
 * @param id                    the {@code export} record's id
 * @param organisationId        the organisation
 * @param street                the street exported, or null for the district
 * @param rows                  people exported (one row each)
 * @param withheldWithoutConsent people who would have been exported but have no valid EXCHANGE consent (or no ID
 *                              number to hold one)
 * @param sha256                SHA-256 of the file's UTF-8 bytes
 * @param fileName              a name for the download
 * @param csv                   the file
 */
public record ExportFile(String id, String organisationId, String street, int rows, int withheldWithoutConsent,
        String sha256, String fileName, String csv) {
}
