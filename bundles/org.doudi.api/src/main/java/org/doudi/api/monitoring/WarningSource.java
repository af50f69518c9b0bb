package org.doudi.api.monitoring;

/** Who found a warning: our cross-comparison, the city platform's monthly results, or both. */
public enum WarningSource {
    DOUDI, CITY_PLATFORM, BOTH
}
