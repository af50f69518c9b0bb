package org.doudi.api.casework;

/** Why a decision deadline may be extended from 20 to 45 working days (SPEC §3, seed §5.1). */
public enum ExtensionReason {
    /** An objection was raised during public notice (公示有异议): at least one must be recorded on the case. */
    PUBLIC_NOTICE_OBJECTION,
    /** People-household separation (人户分离). */
    PEOPLE_HOUSEHOLD_SEPARATION,
    /** The application was made outside the household's area (异地申请). */
    OUT_OF_AREA_APPLICATION,
    /** The economic-status investigation is hard (经济状况调查核实难度大). */
    DIFFICULT_ECONOMIC_INVESTIGATION
}
