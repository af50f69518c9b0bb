package org.doudi.api.registry;

/** Why a person stopped being a member: died, moved out of the household, or another reason. */
public enum EndReason {
    DECEASED, MOVED_OUT, OTHER
}
