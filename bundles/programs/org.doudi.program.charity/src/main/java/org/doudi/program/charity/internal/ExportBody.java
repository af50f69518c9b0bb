package org.doudi.program.charity.internal;

import java.time.LocalDate;

/**
 * The stored JSON of an {@code export} record: what was sent to whom, without the people themselves.
 *
 * @param organisationId   the organisation
 * @param organisationName its name
 * @param street           the street exported, or null for the district
 * @param exportedOn       the day
 * @param columns          the CSV header
 * @param rows             people exported
 * @param withheld         people left out for want of consent
 * @param sha256           SHA-256 of the file
 */
public record ExportBody(String organisationId, String organisationName, String street, LocalDate exportedOn,
        String columns, int rows, int withheld, String sha256) {
}
