package org.doudi.api.registry;

/** Sex, as encoded in the ID number (odd 17th digit: male). */
public enum Sex {
    MALE, FEMALE
}
