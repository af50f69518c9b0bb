package org.doudi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.doudi.api.DoudiException;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentChange;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.api.supervision.SupervisionFlag;
import org.junit.Test;

public class CallerViewsEnrolmentTest {
    static final Enrolment E = new Enrolment("en-1", "hh-1", "dibao", "case-1", "tianshanlu",
            new BigDecimal("1590.00"), YearMonth.of(2024, 6), LocalDate.of(2025, 5, 30), "****1234",
            EnrolmentStatus.TERMINATED, TerminationReason.DECEASED, LocalDate.of(2024, 9, 1), "Deceased",
            List.of(new EnrolmentChange(EnrolmentStatus.TERMINATED, TerminationReason.DECEASED, "death verified",
                    LocalDate.of(2024, 9, 1), Instant.EPOCH, "alice")), 4,
            List.of(new SupervisionFlag("STAFF_RELATIVE", "member 王芳: alice registered spouse …")));

    @Test
    public void aPartnerSeesTheBeneficiaryStatusOnly() {
        Enrolment v = CallerViews.view(E, new Caller("hr-bureau", Set.of(Roles.PARTNER), null));
        assertEquals(List.of("en-1", "hh-1", "dibao", EnrolmentStatus.TERMINATED, "Deceased", LocalDate.of(2024, 9, 1)),
                List.of(v.id(), v.householdId(), v.programId(), v.status(), v.beneficiaryStatus(), v.statusSince()));
        assertNull(v.monthlyAmount());
        assertNull(v.payeeAccount());
        assertNull(v.history());
        assertNull(v.caseId());
        assertNull(v.nextReview());
        assertNull(v.street());
        assertNull(v.statusReason());
        assertNull(v.startMonth());
        assertEquals("a partner sees no supervision flags", List.of(), v.flags());
    }

    @Test
    public void staffAndTheirOwnStreetSeeItWhole() {
        assertSame(E, CallerViews.view(E, new Caller("dora", Set.of(Roles.DISTRICT_STAFF), null)));
        assertSame(E, CallerViews.view(E, new Caller("alice", Set.of(Roles.STREET_OPERATOR), "tianshanlu")));
        assertSame(E, CallerViews.view(E, new Caller("audrey", Set.of(Roles.AUDITOR, Roles.PARTNER), null)));
    }

    @Test
    public void anotherStreetsEnrolmentDoesNotExist() {
        try {
            CallerViews.view(E, new Caller("adam", Set.of(Roles.ADVISOR), "hongqiao"));
            fail();
        } catch (DoudiException e) {
            assertEquals(404, e.status());
        }
    }
}
