package org.doudi.program.temporaryrelief.internal;

import java.util.Optional;
import org.doudi.api.DoudiException;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.security.Caller;

/**
 * Street scoping: a street-level caller (street operator, advisor) sees and writes only their own street's
 * households and records; anything else does not exist for them (404).
 */
final class Scope {
    /** Matches no record: the street filter of a street-level caller asking for another street. */
    static final String NO_STREET = "-";

    private Scope() {
    }

    /** The household, when it exists and the caller may see it; 404 otherwise. */
    static Household household(HouseholdService households, String id, Caller caller) {
        Household h = households.find(id).orElseThrow(() -> DoudiException.notFound("household " + id));
        if (!caller.maySee(h.street())) {
            throw DoudiException.notFound("household " + id);
        }
        return h;
    }

    /** The record, when it exists and the caller may see it; 404 otherwise. */
    static ProgramRecord record(Optional<ProgramRecord> found, String kind, String id, Caller caller) {
        return found.filter(r -> r.kind().equals(kind) && caller.maySee(r.street()))
                .orElseThrow(() -> DoudiException.notFound(kind + " " + id));
    }

    /** The street filter of a listing: what was asked for, narrowed to the caller's own street if street-level. */
    static String streetFilter(Caller caller, String requested) {
        if (!caller.streetScoped()) {
            return requested;
        }
        if (caller.street() == null || requested != null && !requested.equals(caller.street())) {
            return NO_STREET;
        }
        return caller.street();
    }
}
