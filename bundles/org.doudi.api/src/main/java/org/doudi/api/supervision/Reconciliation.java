package org.doudi.api.supervision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A stored fund reconciliation (业务系统与资金内控平台数据比对): the fund internal-control platform's export of a
 * month compared with our payment roll of that month. Each run is stored with its own id; rerunning the same file
 * against the same registry gives the same figures and mismatches.
 *
 * @param id         the reconciliation
 * @param month      the month reconciled
 * @param fileName   the file's name, as given (null in a street operator's view)
 * @param fileSha256 the SHA-256 of the file's bytes (which export was reconciled)
 * @param rows       data rows read (the header not counted); null in a street operator's view
 * @param rowErrors  rows with a value that cannot be read (those PAID are also
 *                   {@link MismatchKind#UNREADABLE_ROW} mismatches); null in a street operator's view
 * @param total      the district's figures
 * @param byStreet   the figures per street, by street id (null in listings)
 * @param byProgram  the figures per program, by program id (null in listings)
 * @param errors     the first 1,000 rows not reconciled, with line and reason (null in listings)
 * @param unresolved mismatches not settled yet
 * @param ranBy      who ran it
 * @param ranAt      when
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reconciliation(String id, YearMonth month, String fileName, String fileSha256, Long rows,
        Long rowErrors, ReconciliationTotal total, List<ReconciliationTotal> byStreet,
        List<ReconciliationTotal> byProgram, List<ReconciliationRowError> errors, long unresolved, String ranBy,
        Instant ranAt) {
}
