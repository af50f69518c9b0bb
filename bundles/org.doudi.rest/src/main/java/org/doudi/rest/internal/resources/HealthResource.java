package org.doudi.rest.internal.resources;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.security.PermitAll;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.rest.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/health}: no authentication; {@code UP} once the registry is running and the database
 * answers, {@code DOWN} (503) otherwise. Published only when the registry service is there.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("health")
public class HealthResource implements RestResource {

    @Reference
    private HouseholdService registry;
    @Reference(target = "(osgi.jndi.service.name=doudi)")
    private DataSource dataSource;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Map<String, Object> checks = new LinkedHashMap<>();
        boolean database = databaseAnswers();
        checks.put("database", database ? "UP" : "DOWN");
        checks.put("registry", "UP");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", database ? "UP" : "DOWN");
        body.put("checks", checks);
        return Response.status(database ? 200 : 503).entity(body).build();
    }

    private boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
