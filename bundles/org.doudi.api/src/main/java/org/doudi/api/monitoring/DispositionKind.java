package org.doudi.api.monitoring;

/** How a warning ends (SPEC §5): exactly one of these. */
public enum DispositionKind {
    /** Include in assistance: the household should apply (a case is opened or already exists). */
    INCLUDE_IN_ASSISTANCE,
    /** Terminate assistance: the named enrolments end (they leave the next payroll). */
    TERMINATE_ASSISTANCE,
    /** Link to services (政策边缘的及时对接服务): help without cash. */
    LINK_TO_SERVICES,
    /** Dismissed as unfounded or irrelevant, with a reason; the same fact never reopens. */
    DISMISS
}
