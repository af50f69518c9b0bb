package org.doudi.api.registry;

/** Student status. */
public enum StudentStatus {
    NONE, PRESCHOOL, COMPULSORY, HIGH_SCHOOL, VOCATIONAL, HIGHER
}
