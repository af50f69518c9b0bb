package org.doudi.api.registry;

/** Why the responsible street serves the household: the street of its hukou (default) or, with people-household separation, the street of residence. */
public enum StreetBasis {
    HUKOU, RESIDENCE
}
