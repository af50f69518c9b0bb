package org.doudi.rest.internal.resources;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.security.PermitAll;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.rest.RestResource;
import org.doudi.rest.internal.ApiReadiness;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/health}: no authentication; {@code UP} (200) once the registry is running, the database answers
 * and every core resource is published; {@code STARTING} or {@code DOWN} (503) before.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("health")
public class HealthResource implements RestResource {

    @Reference
    private HouseholdService registry;
    @Reference(target = "(osgi.jndi.service.name=doudi)")
    private DataSource dataSource;
    @Reference
    private ApiReadiness api;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Map<String, Object> checks = new LinkedHashMap<>();
        boolean database = databaseAnswers();
        checks.put("database", database ? "UP" : "DOWN");
        checks.put("registry", "UP");
        Set<String> missing = api.missing();
        checks.put("api", missing.isEmpty() ? "UP" : "STARTING, waiting for " + missing);
        boolean up = database && missing.isEmpty();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : database ? "STARTING" : "DOWN");
        body.put("checks", checks);
        return Response.status(up ? 200 : 503).entity(body).build();
    }

    private boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
