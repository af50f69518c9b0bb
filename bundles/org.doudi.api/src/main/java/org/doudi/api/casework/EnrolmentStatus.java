package org.doudi.api.casework;

/** The state of an enrolment: paid, paused (e.g. a reported death awaiting verification), or ended. */
public enum EnrolmentStatus {
    ACTIVE, SUSPENDED, TERMINATED
}
