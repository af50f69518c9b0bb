package org.doudi.program.charity.internal;

import java.util.List;

/**
 * The result of an inbound import of aid an organisation gave.
 *
 * @param id             the {@code import} record's id
 * @param organisationId the organisation
 * @param sha256         SHA-256 of the file's UTF-8 bytes
 * @param rows           data lines read (the header not counted)
 * @param recorded       items of aid recorded now
 * @param duplicates     lines already recorded (by an earlier import, or earlier in this file), not recorded again
 * @param rejected       lines skipped for the errors listed
 * @param errors         every error, by line
 */
public record ImportSummary(String id, String organisationId, String sha256, int rows, int recorded, int duplicates,
        int rejected, List<ImportError> errors) {
}
