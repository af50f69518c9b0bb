package org.doudi.api.registry;

/** Ability to work (劳动能力): full, partial, none. */
public enum WorkAbility {
    FULL, PARTIAL, NONE
}
