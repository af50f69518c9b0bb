package org.doudi.api.monitoring;

/** How urgent a warning is: HIGH when money is being paid on facts that may no longer hold. */
public enum WarningSeverity {
    HIGH, MEDIUM, LOW
}
