package org.doudi.dci.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.registry.Sex;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.junit.Test;

public class RecordViewsTest {
    static final Member HEAD = new Member("p1", "310105198504051095", false, "钱一", Relation.HEAD, Sex.MALE,
            LocalDate.of(1985, 4, 5), true, null, null, null, null, null, null, null, List.of(), null, null, null,
            null);
    static final Household HOUSEHOLD = new Household("h1", "tianshanlu", null, null, null, "a", "a", List.of(HEAD),
            List.of(), List.of(), List.of(), 1, null, null, null, null, null, null, null, null, 1L,
            Instant.parse("2025-01-29T02:00:00Z"), Instant.parse("2025-01-29T02:00:00Z"), null, List.of("dibao"));

    @Test
    public void aPartnerDoesNotLearnAHouseholdsProgrammes() {
        String partner = new RecordViews(new Caller("bank", Set.of(Roles.PARTNER), null))
                .group(HOUSEHOLD, LocalDate.of(2025, 2, 1)).toString();
        assertFalse(partner, partner.contains("programmes"));
        assertFalse(partner, partner.contains("dibao"));
        assertTrue(partner, partner.contains("tianshanlu"));
        String staff = new RecordViews(new Caller("staff", Set.of(Roles.DISTRICT_STAFF), null))
                .group(HOUSEHOLD, LocalDate.of(2025, 2, 1)).toString();
        assertTrue(staff, staff.contains("programmes") && staff.contains("dibao"));
    }
}
