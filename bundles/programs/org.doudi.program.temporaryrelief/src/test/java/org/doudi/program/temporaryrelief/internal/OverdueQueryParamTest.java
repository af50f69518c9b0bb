package org.doudi.program.temporaryrelief.internal;

import static org.doudi.program.temporaryrelief.internal.Fixtures.DISTRICT;
import static org.doudi.program.temporaryrelief.internal.Fixtures.TIANSHAN;
import static org.doudi.program.temporaryrelief.internal.Fixtures.TODAY;
import static org.doudi.program.temporaryrelief.internal.Fixtures.household;
import static org.doudi.program.temporaryrelief.internal.Fixtures.idNumber;
import static org.doudi.program.temporaryrelief.internal.Fixtures.member;
import static org.doudi.program.temporaryrelief.internal.SmallGrantsTest.fields;
import static org.doudi.program.temporaryrelief.internal.SmallGrantsTest.refusal;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.DoudiClock;
import org.doudi.api.registry.HouseholdService;
import org.junit.Test;

/** {@code overdue} on the listings: read strictly, {@code overdue=yes} is a 422 on {@code overdue}. */
public class OverdueQueryParamTest {
    private final FakeRecordStore store = new FakeRecordStore();
    private final HouseholdService households = Fixtures.households(household("h1", TIANSHAN,
            member("p1", idNumber(51), "林峰")));
    private final TemporaryReliefProgram program = new TemporaryReliefProgram(Fixtures.parameters(Map.of()), store,
            "test");

    @Test
    public void theFlagIsTrueFalseOrAbsent() {
        assertTrue(QueryFlag.of("overdue", "true"));
        assertFalse(QueryFlag.of("overdue", "false"));
        assertFalse(QueryFlag.of("overdue", null));
        for (String bad : List.of("yes", "1", "", "TRUE", " true")) {
            assertEquals(bad, List.of("overdue:boolean"), fields(refusal(() -> QueryFlag.of("overdue", bad))));
        }
        assertEquals("must be true or false, was 'yes'", refusal(() -> QueryFlag.of("overdue", "yes")).violations()
                .get(0).message());
    }

    @Test
    public void theSmallGrantListingRefusesOverdueYes() throws Exception {
        SmallGrantResource r = inject(new SmallGrantResource());
        assertEquals(List.of("overdue:boolean"), fields(refusal(() -> r.list(null, null, null, "yes", "0", "20"))));
        new SmallGrants(store, households, program.parameters(), TODAY.minusDays(40)).grant(
                SmallGrantsTest.request("h1", "100.00", EventType.FIRE, TODAY.minusDays(41)), DISTRICT);
        assertEquals(1, r.list(null, null, null, "true", "0", "20").total());
        assertEquals(1, r.list(null, null, null, null, "0", "20").total());
    }

    @Test
    public void thePlanListingRefusesOverdueYes() throws Exception {
        HelpPlanResource r = inject(new HelpPlanResource());
        assertEquals(List.of("overdue:boolean"), fields(refusal(() -> r.list(null, "yes", "0", "20"))));
        new HelpPlans(store, households, TODAY).put("h1", null, new PlanRequest("through the winter", List.of(
                new PlanAction("apply for medical relief", "李", TODAY.minusDays(1), null, null))), DISTRICT);
        assertEquals(1, r.list(null, "true", "0", "20").total());
        assertEquals(1, r.list(null, "false", "0", "20").total());
    }

    private <T> T inject(T resource) throws Exception {
        set(resource, "program", program);
        set(resource, "store", store);
        set(resource, "households", households);
        set(resource, "clock", new DoudiClock() {
            @Override
            public LocalDate today() {
                return TODAY;
            }

            @Override
            public Instant now() {
                return Instant.now();
            }
        });
        set(resource, "security", new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return DISTRICT;
            }

            @Override
            public boolean isUserInRole(String role) {
                return DISTRICT.hasRole(role);
            }

            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getAuthenticationScheme() {
                return SecurityContext.BASIC_AUTH;
            }
        });
        return resource;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(name);
        f.setAccessible(true);
        f.set(target, value);
    }
}
