package org.doudi.rest.internal.resources;

import java.util.List;
import java.util.stream.Collectors;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.program.ProgramDirectory;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.programs.ProgramSummary;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/programs}: the assistance programs installed right now, with their parameters in force today.
 * A program's own endpoints live on its own server under {@code /api/programs/<id>/}; once it is uninstalled,
 * requests there fall through to this resource and answer 404.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramsResource implements RestResource {

    @Reference
    private ProgramDirectory programs;
    @Reference
    private DoudiClock clock;

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER, Roles.OPERATOR})
    public List<ProgramSummary> list() {
        return programs.installed().stream().map(p -> ProgramSummary.of(p, clock.today())).collect(Collectors.toList());
    }

    @GET
    @Path("{programId}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER, Roles.OPERATOR})
    public ProgramSummary get(@PathParam("programId") String programId) {
        return programs.find(programId).map(p -> ProgramSummary.of(p, clock.today()))
                .orElseThrow(() -> DoudiException.notFound("program " + programId + " (not installed)"));
    }
}
