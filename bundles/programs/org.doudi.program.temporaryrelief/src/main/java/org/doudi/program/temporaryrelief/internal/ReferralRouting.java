package org.doudi.program.temporaryrelief.internal;

import org.doudi.api.StreetDirectory;

/**
 * Where a homeless or stranded person is referred (SPEC §6): a person with Shanghai hukou whose hukou street is
 * one of the district's streets is backed by that street; everyone else goes to the district relief station.
 */
final class ReferralRouting {
    private final StreetDirectory streets;
    private final String station;

    ReferralRouting(StreetDirectory streets, String station) {
        this.streets = streets;
        this.station = station;
    }

    /**
     * The route of a person.
     *
     * @param street   the street the record belongs to, or null for the station (a district-level record)
     * @param routedTo the street id or the station's name
     * @param why      the routing in words
     */
    record Route(String street, String routedTo, String why) {
    }

    Route route(Boolean hukouShanghai, String hukouStreet) {
        if (Boolean.TRUE.equals(hukouShanghai) && hukouStreet != null && streets.find(hukouStreet).isPresent()) {
            return new Route(hukouStreet, hukouStreet, "Shanghai hukou of street " + hukouStreet
                    + ": backed by the street of the hukou");
        }
        String why = !Boolean.TRUE.equals(hukouShanghai) ? "no Shanghai hukou"
                : hukouStreet == null ? "Shanghai hukou, street of the hukou unknown"
                : "Shanghai hukou of " + hukouStreet + ", not a street of this district";
        return new Route(null, station, why + ": referred to the relief station " + station);
    }
}
