package org.doudi.rest.internal.resources;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.StreetDirectory;
import org.doudi.api.jobs.Job;
import org.doudi.api.jobs.JobQuery;
import org.doudi.api.jobs.JobService;
import org.doudi.api.jobs.JobState;
import org.doudi.api.jobs.JobType;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import static org.doudi.rest.internal.RequestValues.integer;
import static org.doudi.rest.internal.RequestValues.oneOf;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Background jobs over HTTP ({@code /api/jobs}): state, percent done, counts and the rejected rows of imports,
 * feed loads, monitoring runs and screenings; cancelling one. A job goes on when its client disconnects.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource implements RestResource {
    static final int MAX_PAGE_SIZE = 100;

    @Reference
    private JobService jobs;
    @Reference
    private StreetDirectory streets;

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.AUDITOR})
    public Page<Job> list(@QueryParam("type") String type, @QueryParam("state") String state,
            @QueryParam("street") String street, @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("20") String size) {
        Caller caller = CallerPrincipal.of(security);
        Checks.knownStreet(streets, street);
        return jobs.search(new JobQuery(oneOf("type", type, JobType.class), oneOf("state", state, JobState.class),
                CallerViews.streetFilter(caller, street), integer("page", page, 0, 1_000_000),
                integer("size", size, 1, MAX_PAGE_SIZE)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.AUDITOR, Roles.PARTNER})
    public Job get(@PathParam("id") String id) {
        Caller caller = CallerPrincipal.of(security);
        return JobViews.forStreet(visible(id, caller), caller);
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    public Job cancel(@PathParam("id") String id) {
        Caller caller = CallerPrincipal.of(security);
        visible(id, caller);
        return jobs.cancel(id, caller.name());
    }

    private Job visible(String id, Caller caller) {
        return jobs.find(id).filter(j -> JobViews.visible(j, caller))
                .orElseThrow(() -> DoudiException.notFound("job " + id));
    }
}
