package org.doudi.rest.internal.resources;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Set;
import javax.annotation.security.PermitAll;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.doudi.api.calendar.WorkingDayCalendar;
import org.doudi.api.casework.CaseService;
import org.doudi.api.program.ProgramDirectory;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.rest.RestResource;
import org.doudi.rest.internal.ApiReadiness;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code GET /api/health}: no authentication; {@code UP} (200) once the registry is running, the database answers
 * and every core resource is published; {@code STARTING} or {@code DOWN} (503) before. Lists the installed
 * programs, and warnings operators must act on (a standard in force for more than 12 months, a misconfigured
 * program) without turning the status down: the server still serves.
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
    @Reference
    private ProgramDirectory programs;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CaseService cases;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkingDayCalendar calendar;

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
        checks.put("programs", programs.installed().stream().map(p -> p.info().id()).collect(Collectors.toList()));
        boolean up = database && missing.isEmpty();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : database ? "STARTING" : "DOWN");
        body.put("checks", checks);
        List<String> warnings = database ? warnings() : List.of();
        if (!warnings.isEmpty()) {
            body.put("warnings", warnings);
        }
        return Response.status(up ? 200 : 503).entity(body).build();
    }

    /** What operators must act on; a failure to tell is itself reported, never a 500. */
    private List<String> warnings() {
        List<String> warnings = new java.util.ArrayList<>();
        try {
            warnings.addAll(programs.warnings());
            CaseService c = cases;
            WorkingDayCalendar w = calendar;
            long provisional = c == null ? 0 : c.provisionalDeadlines();
            if (provisional > 0) {
                warnings.add(provisional + " open case(s) or review(s) have a provisional deadline: it runs into a year "
                        + "whose holiday notice is not loaded (loaded: " + (w == null ? "?" : w.loadedYears())
                        + "); load it into configuration org.doudi.calendar");
            }
        } catch (RuntimeException e) {
            warnings.add("the warnings could not be computed: see the server log");
            org.slf4j.LoggerFactory.getLogger(HealthResource.class).warn("Health warnings failed", e);
        }
        return warnings;
    }

    private boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
