package org.doudi.api.security;

import java.util.List;
import java.util.Set;

/**
 * The roles of the Doudi security realm (PIPL art. 28, GB/T 35273 §7.1: least privilege). Each is a group in
 * {@code etc/users.properties}; a street-level user also carries the role {@code street:<id>}.
 */
public final class Roles {
    /** District civil-affairs administrator (区民政局管理员): everything, every street. */
    public static final String DISTRICT_ADMIN = "district-admin";
    /** District civil-affairs staff (区民政局工作人员): reads and writes records of every street. */
    public static final String DISTRICT_STAFF = "district-staff";
    /** Street/town operator (街镇经办人员): reads and writes records of their own street only. */
    public static final String STREET_OPERATOR = "street-operator";
    /** Community assistance advisor (社区救助顾问): reads records of their own street, ID numbers masked. */
    public static final String ADVISOR = "advisor";
    /** Auditor (审计/监督): reads everything including the audit trail, ID numbers masked; writes nothing. */
    public static final String AUDITOR = "auditor";
    /** A partner department or charity (one user each): only what its agreement covers; its reads are logged. */
    public static final String PARTNER = "partner";
    /** Server operator (运维): console read-only commands; no personal data over the API. */
    public static final String OPERATOR = "operator";

    /** Every role, in the order above. */
    public static final List<String> ALL = List.of(DISTRICT_ADMIN, DISTRICT_STAFF, STREET_OPERATOR, ADVISOR, AUDITOR,
            PARTNER, OPERATOR);

    /** Roles that see full ID numbers: they take applications and must identify people. */
    public static final Set<String> FULL_ID_NUMBERS = Set.of(DISTRICT_ADMIN, DISTRICT_STAFF, STREET_OPERATOR);

    /** Roles limited to the street named by their {@code street:<id>} role. */
    public static final Set<String> STREET_LEVEL = Set.of(STREET_OPERATOR, ADVISOR);

    /** The prefix of the role that names a street-level user's street. */
    public static final String STREET_ROLE_PREFIX = "street:";

    private Roles() {
    }
}
