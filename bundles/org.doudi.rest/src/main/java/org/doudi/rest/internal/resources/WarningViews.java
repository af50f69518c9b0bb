package org.doudi.rest.internal.resources;

import org.doudi.api.monitoring.Warning;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.security.Caller;

/** A warning as a caller may see it: the ID number masked unless the caller's role needs it. */
final class WarningViews {

    private WarningViews() {
    }

    static Warning view(Warning w, Caller caller) {
        if (caller.seesFullIdNumbers()) {
            return w;
        }
        return new Warning(w.id(), w.type(), w.severity(), w.status(), w.suggestedAction(), w.personId(),
                ResidentIdNumber.mask(w.idNumber()), w.personName(), w.householdId(), w.street(), w.factDate(),
                w.factKey(), w.factAmount(), w.facts(), w.enrolments(), w.suspendedEnrolments(), w.source(), w.month(),
                w.raisedAt(), w.ageDays(), w.assignedTo(), w.assignedStreet(), w.verification(), w.disposition(),
                w.version(), w.flags());
    }
}
