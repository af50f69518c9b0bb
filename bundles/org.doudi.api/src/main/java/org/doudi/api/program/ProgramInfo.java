package org.doudi.api.program;

import java.util.List;
import java.util.Objects;

/**
 * Who a program is.
 *
 * @param id                   stable id, lower case with hyphens ({@code dibao-edge}); the URL segment
 * @param nameZh               Chinese name, e.g. 最低生活保障
 * @param nameEn               English name, e.g. minimum livelihood guarantee
 * @param version              the program bundle's version (what is deployed)
 * @param paysMonthlyCash      true when the program pays a monthly amount; false when it grants a status
 *                             (e.g. eligibility to special assistance)
 * @param reviewIntervalMonths how long a positive decision holds before it must be reviewed (复核), in months
 * @param evidence             the documents and proofs an application needs
 */
public record ProgramInfo(String id, String nameZh, String nameEn, String version, boolean paysMonthlyCash,
        int reviewIntervalMonths, List<EvidenceRequirement> evidence) {

    /** The shape of a program id. */
    public static final String ID_PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    public ProgramInfo {
        Objects.requireNonNull(id, "id");
        if (!id.matches(ID_PATTERN) || id.length() > 40) {
            throw new IllegalArgumentException("program id '" + id + "' must match " + ID_PATTERN);
        }
        evidence = List.copyOf(evidence);
    }
}
