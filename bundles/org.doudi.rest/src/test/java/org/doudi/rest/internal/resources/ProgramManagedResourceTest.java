package org.doudi.rest.internal.resources;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.DoudiException;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.ReferralRequest;
import org.doudi.api.resources.ReferralService;
import org.doudi.api.resources.ResourceCategory;
import org.doudi.api.resources.ResourceKind;
import org.doudi.api.resources.ResourceRequest;
import org.doudi.api.resources.ResourceService;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.junit.Test;

/** A program's resource is the program's: the core neither refers to it nor changes it (409), and writes nothing. */
public class ProgramManagedResourceTest {
    private final List<String> writes = new ArrayList<>();
    private final AssistanceResource charity = resource("r-charity", "charity");

    @Test
    public void aReferralToAProgramsResourceIsRefusedNamingTheProgramsEndpoint() throws Exception {
        ReferralResource endpoint = new ReferralResource();
        set(endpoint, "referrals", fake(ReferralService.class));
        set(endpoint, "resources", resources());
        set(endpoint, "households", fake(HouseholdService.class));
        set(endpoint, "security", security());
        DoudiException e = expect409(() -> endpoint.refer(new ReferralRequest("h-1", "r-charity", null, null, null,
                "needs help")));
        assertTrue(e.getMessage(), e.getMessage().contains("refer through /api/programs/charity/referrals"));
        assertEquals(List.of(), writes);
    }

    @Test
    public void aChangeToAProgramsResourceIsRefused() throws Exception {
        ResourceResource endpoint = new ResourceResource();
        set(endpoint, "resources", resources());
        set(endpoint, "security", security());
        DoudiException e = expect409(() -> endpoint.update("r-charity", "\"1\"", new ResourceRequest("暖心基金",
                "CHARITY_PROJECT", "LIVING", "慈善基金会", null, null, null, null, null, null, null)));
        assertTrue(e.getMessage(), e.getMessage().contains("managed by program charity"));
        assertEquals(List.of(), writes);
    }

    private static AssistanceResource resource(String id, String programId) {
        return new AssistanceResource(id, "暖心基金", ResourceKind.CHARITY_PROJECT, ResourceCategory.LIVING, "慈善基金会",
                programId, null, null, null, 0, null, LocalDate.of(2025, 1, 1), null, true, null, 1, Instant.EPOCH);
    }

    private ResourceService resources() {
        return (ResourceService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ResourceService.class}, (p, m, args) -> {
                    if (m.getName().equals("get")) {
                        return Optional.of(charity);
                    }
                    writes.add(m.getName());
                    throw new AssertionError("unexpected call " + m.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private <T> T fake(Class<T> type) {
        return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (type == HouseholdService.class && m.getName().equals("find")) {
                return Optional.of(new Household("h-1", "tianshanlu", null, null, null, null, null, List.of(),
                        List.of(), List.of(), List.of(), null, null, null, null, null, null, null, null, null, 1L,
                        null, null, null));
            }
            writes.add(type.getSimpleName() + "." + m.getName());
            throw new AssertionError("unexpected call " + m.getName());
        });
    }

    private SecurityContext security() {
        Caller caller = new Caller("staff", Set.of(Roles.DISTRICT_STAFF), null);
        return (SecurityContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (p, m, args) -> m.getName().equals("getUserPrincipal")
                        ? caller : null);
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static DoudiException expect409(Runnable call) {
        try {
            call.run();
        } catch (DoudiException e) {
            assertEquals(e.getMessage(), 409, e.status());
            return e;
        }
        fail("expected 409");
        return null;
    }
}
