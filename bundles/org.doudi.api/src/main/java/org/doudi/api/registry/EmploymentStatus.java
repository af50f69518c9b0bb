package org.doudi.api.registry;

/** Employment status. */
public enum EmploymentStatus {
    EMPLOYED, FLEXIBLE, UNEMPLOYED, RETIRED, NOT_IN_LABOUR_FORCE
}
