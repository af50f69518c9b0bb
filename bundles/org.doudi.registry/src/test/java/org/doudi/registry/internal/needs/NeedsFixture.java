package org.doudi.registry.internal.needs;

import java.time.LocalDate;
import java.util.List;
import org.doudi.api.WriteContext;
import org.doudi.api.needs.Grade;
import org.doudi.api.needs.NeedsAssessment;
import org.doudi.api.needs.NeedsAssessmentRequest;
import org.doudi.api.needs.NeedsGrades;
import org.doudi.api.needs.Visit;
import org.doudi.api.needs.VisitRequest;
import org.doudi.api.registry.Household;
import org.doudi.registry.internal.supervision.relatives.StaffRelativeFixture;

/** The registry with the needs and visit services on the default configuration; today is 2025-03-31. */
final class NeedsFixture {
    final StaffRelativeFixture f = new StaffRelativeFixture();
    final NeedsRegistry needs = new NeedsRegistry();
    final VisitRegistry visits = new VisitRegistry();

    NeedsFixture() {
        try {
            for (Object o : List.of(needs, visits)) {
                StaffRelativeFixture.set(o, "jpa", f.jpa);
                StaffRelativeFixture.set(o, "clock", f.clock);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        needs.configure(StaffRelativeFixture.defaults(NeedsConfig.class));
        visits.configure(StaffRelativeFixture.defaults(NeedsConfig.class));
    }

    Household household(String street) {
        return f.household(street, f.idNumber("19600101"));
    }

    static NeedsGrades all(Grade g) {
        return new NeedsGrades(g, g, g, g, g, g);
    }

    NeedsAssessment assess(Household h, String on, NeedsGrades grades) {
        return needs.assess(new NeedsAssessmentRequest(h.id(), LocalDate.parse(on), grades, null),
                WriteContext.of("assessor", "assessed"));
    }

    Visit visit(Household h, String advisor, String on) {
        return visits.record(new VisitRequest(h.id(), advisor, LocalDate.parse(on), "all well", List.of("DAILY_CARE"),
                null), WriteContext.of(advisor, "visited"));
    }
}
