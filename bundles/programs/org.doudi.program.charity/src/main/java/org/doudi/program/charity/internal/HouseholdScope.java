package org.doudi.program.charity.internal;

import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.security.Caller;

/**
 * Street scoping of households: a street-level caller (street operator, advisor) reaches only households of their
 * own street, and another street's household answers 404, as if it did not exist.
 */
final class HouseholdScope {
    private final HouseholdService households;

    HouseholdScope(HouseholdService households) {
        this.households = households;
    }

    /** The household, if it exists and the caller may see it; 422 when the id is missing, 404 otherwise. */
    Household visible(String householdId, Caller caller) {
        if (householdId == null || householdId.isBlank()) {
            throw new ValidationException("householdId", "required", "must be given");
        }
        String id = householdId.strip();
        return households.find(id).filter(h -> caller.maySee(h.street()))
                .orElseThrow(() -> DoudiException.notFound("household " + id));
    }
}
