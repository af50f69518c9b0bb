package org.doudi.api.casework;

/**
 * People per circle in one street (SPEC §4).
 *
 * @param street             the street id
 * @param covered            circle 1: covered by policy
 * @param coveredNeedingHelp circle 2: covered, still needing help
 * @param policyEdge         circle 3: policy edge
 * @param watch              circle 4: others to watch
 * @param none               active members in no circle
 */
public record StreetCircles(String street, long covered, long coveredNeedingHelp, long policyEdge, long watch,
        long none) {
}
