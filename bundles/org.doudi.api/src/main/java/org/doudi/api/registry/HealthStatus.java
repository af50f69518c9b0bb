package org.doudi.api.registry;

/** Health status; SERIOUS_ILLNESS (重病) matters to classified add-ons. */
public enum HealthStatus {
    HEALTHY, CHRONIC_ILLNESS, SERIOUS_ILLNESS
}
