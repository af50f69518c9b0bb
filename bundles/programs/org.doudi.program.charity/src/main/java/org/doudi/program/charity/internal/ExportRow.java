package org.doudi.program.charity.internal;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.doudi.api.csv.CsvCells;

/**
 * One person in an outbound export. The columns, in this order:
 * {@code idNumber,name,street,programs,needs,referredProjects} — the full ID number, the name, the household's
 * street id, the programs the household is actively enrolled in ({@code ;}-separated program ids), the dimensions
 * graded HIGH or MEDIUM in its current needs assessment ({@code dimension:GRADE}, {@code ;}-separated, HIGH first),
 * and the organisation's projects the household is referred to ({@code ;}-separated names).
 */
record ExportRow(String idNumber, String name, String street, List<String> programs, List<String> needs,
        List<String> referredProjects) {

    static final String HEADER = "idNumber,name,street,programs,needs,referredProjects";

    /** The row as a CSV line (no line end), every cell made safe against spreadsheet formulas. */
    String line() {
        return Stream.of(idNumber, name, street, String.join(";", programs), String.join(";", needs),
                String.join(";", referredProjects)).map(CsvCells::export).collect(Collectors.joining(","));
    }
}
