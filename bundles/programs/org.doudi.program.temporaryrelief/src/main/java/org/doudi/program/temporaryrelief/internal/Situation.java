package org.doudi.program.temporaryrelief.internal;

/** Why a person found in the district is referred. */
public enum Situation {
    /** Living rough or begging (流浪乞讨). */
    HOMELESS,
    /** Temporarily stranded (临时遇困), e.g. robbed or lost while travelling. */
    STRANDED
}
