package org.doudi.rest.internal.resources;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.StreetDirectory;
import org.doudi.api.WriteContext;
import org.doudi.api.jobs.Job;
import org.doudi.api.jobs.JobService;
import org.doudi.api.jobs.JobType;
import org.doudi.api.monitoring.ScreeningCandidate;
import org.doudi.api.monitoring.ScreeningRequest;
import org.doudi.api.monitoring.ScreeningService;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import static org.doudi.rest.internal.RequestValues.integer;
import static org.doudi.rest.internal.RequestValues.requireBody;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Big screening (大排查) over HTTP ({@code /api/screenings}): start one after a standard changes ({@code 202}
 * with the job), then list per street the households that may now qualify.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("screenings")
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningResource implements RestResource {
    static final int MAX_PAGE_SIZE = 200;

    @Reference
    private ScreeningService screenings;
    @Reference
    private JobService jobs;
    @Reference
    private StreetDirectory streets;

    @Context
    private SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    public Response start(ScreeningRequest request) {
        Caller caller = CallerPrincipal.of(security);
        requireBody(request);
        String street = request.street();
        if (caller.streetScoped()) {
            street = street == null ? caller.street() : street;
            CallerViews.requireOwnStreet(caller, street, "street");
        }
        Checks.knownStreet(streets, street);
        Checks.programId(request.programId());
        return JobAccepted.of(screenings.start(new ScreeningRequest(request.programId(), request.asOf(), street,
                request.reason()), WriteContext.of(caller.name(), request.reason())));
    }

    /** The screening's job: state and progress. */
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Job get(@PathParam("id") String id) {
        Caller caller = CallerPrincipal.of(security);
        return JobViews.forStreet(screening(id, caller), caller);
    }

    @GET
    @Path("{id}/candidates")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Page<ScreeningCandidate> candidates(@PathParam("id") String id, @QueryParam("street") String street,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        Caller caller = CallerPrincipal.of(security);
        screening(id, caller);
        Checks.knownStreet(streets, street);
        return screenings.candidates(id, CallerViews.streetFilter(caller, street), integer("page", page, 0, 1_000_000),
                integer("size", size, 1, MAX_PAGE_SIZE));
    }

    private Job screening(String id, Caller caller) {
        return jobs.find(id).filter(j -> j.type() == JobType.SCREENING)
                .filter(j -> !caller.streetScoped() || j.street() == null || caller.maySee(j.street()))
                .orElseThrow(() -> DoudiException.notFound("screening " + id));
    }
}
