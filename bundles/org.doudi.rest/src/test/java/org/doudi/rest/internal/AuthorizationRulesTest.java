package org.doudi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.HttpMethod;
import org.doudi.api.security.Caller;
import org.doudi.rest.internal.openapi.OpenApiResource;
import org.doudi.rest.internal.resources.AuditResource;
import org.doudi.rest.internal.resources.CaseResource;
import org.doudi.rest.internal.resources.EnrolmentResource;
import org.doudi.rest.internal.resources.HealthResource;
import org.doudi.rest.internal.resources.HouseholdResource;
import org.doudi.rest.internal.resources.PayrollResource;
import org.doudi.rest.internal.resources.ReportResource;
import org.doudi.rest.internal.resources.StreetResource;
import org.junit.Test;

/** Closed by default: every resource method names who may call it, and a method without a rule is refused. */
public class AuthorizationRulesTest {
    /** Every class of this bundle with a JAX-RS @Path, found on disk: a new resource is checked without listing it. */
    static final List<Class<?>> RESOURCES = scan();

    static List<Class<?>> scan() {
        List<Class<?>> found = new ArrayList<>();
        java.nio.file.Path root = java.nio.file.Paths.get("target", "classes");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
                String name = root.relativize(f).toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> c = Class.forName(name.replace('/', '.').replace(".class", ""), false,
                            AuthorizationRulesTest.class.getClassLoader());
                    if (c.isAnnotationPresent(javax.ws.rs.Path.class)) {
                        found.add(c);
                    }
                }
            }
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    @Test
    public void theScanFindsTheCoreResources() {
        assertTrue(RESOURCES.containsAll(List.of(AuditResource.class, HealthResource.class, HouseholdResource.class,
                StreetResource.class, OpenApiResource.class, CaseResource.class, EnrolmentResource.class,
                PayrollResource.class, ReportResource.class)));
    }

    @Test
    public void everyResourceMethodHasAnExplicitRule() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : RESOURCES) {
            for (Method m : type.getDeclaredMethods()) {
                if (isResourceMethod(m) && !m.isAnnotationPresent(RolesAllowed.class)
                        && !m.isAnnotationPresent(PermitAll.class) && !type.isAnnotationPresent(RolesAllowed.class)) {
                    missing.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals("resource methods without @RolesAllowed or @PermitAll", List.of(), missing);
    }

    @Test
    public void onlyHealthAndTheTokenEndpointArePublic() {
        for (Class<?> type : RESOURCES) {
            for (Method m : type.getDeclaredMethods()) {
                if (isResourceMethod(m) && m.isAnnotationPresent(PermitAll.class)) {
                    // the token endpoint checks the client's credentials in its body (OAuth client credentials)
                    assertTrue(type.getName(), type == HealthResource.class || type == TokenResource.class);
                }
            }
        }
    }

    @Test
    public void aMethodWithoutARuleIsRefusedEvenToAdmins() throws Exception {
        Caller admin = new Caller("admin", Set.of("district-admin", "admin"), null);
        Method unruled = Unruled.class.getDeclaredMethod("get");
        assertFalse(AuthenticationFilter.allowed(unruled, admin));
        assertTrue(AuthenticationFilter.allowed(HouseholdResource.class.getDeclaredMethod("history", String.class), admin));
        Caller nobody = new Caller("x", Set.of("viewer"), null);
        assertFalse(AuthenticationFilter.allowed(HouseholdResource.class.getDeclaredMethod("history", String.class), nobody));
    }

    static boolean isResourceMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    static class Unruled {
        @javax.ws.rs.GET
        public String get() {
            return "";
        }
    }
}
