package org.doudi.program.temporaryrelief.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.doudi.api.DoudiClock;
import org.doudi.api.Page;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One household, one plan (一户一策) under {@code /api/programs/temporary-relief/plans}: {@code PUT plans/{householdId}}
 * creates the plan (no {@code If-Match}) or replaces it ({@code If-Match} with the ETag of the last read);
 * {@code GET plans/{householdId}} reads it with its ETag; {@code GET plans} lists plans, also the overdue ones. The
 * rules are in {@link HelpPlans}; street-level callers see and write their own street only.
 */
@Component(service = RestResource.class, property = {"osgi.jaxrs.resource=true",
    AssistanceProgram.ID_PROPERTY + "=" + TemporaryReliefProgram.ID})
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
public class HelpPlanResource implements RestResource {

    /** Mandatory: the endpoints exist only while the program does. */
    @Reference(target = "(" + AssistanceProgram.ID_PROPERTY + "=" + TemporaryReliefProgram.ID + ")")
    private AssistanceProgram program;
    @Reference
    private ProgramRecordStore store;
    @Reference
    private HouseholdService households;
    @Reference
    private DoudiClock clock;

    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;

    @PUT
    @Path("{householdId}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("householdId") String householdId, @HeaderParam("If-Match") String ifMatch,
            PlanRequest request) {
        HelpPlans.Written w = plans().put(householdId, IfMatch.versionOrNull(ifMatch, "the help plan of household "
                + householdId), request, caller());
        Response.ResponseBuilder b = w.created()
                ? Response.created(uri.getBaseUriBuilder().path("plans").path(householdId).build())
                : Response.ok();
        return b.tag(etag(w.plan())).entity(w.plan()).build();
    }

    @GET
    @Path("{householdId}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Response get(@PathParam("householdId") String householdId) {
        HelpPlan p = plans().get(householdId, caller());
        return Response.ok(p).tag(etag(p)).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Page<HelpPlan> list(@QueryParam("street") String street, @QueryParam("overdue") String overdue,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        return plans().list(street, QueryFlag.of("overdue", overdue), Paging.of(page, size), caller());
    }

    private HelpPlans plans() {
        return new HelpPlans(store, households, clock.today());
    }

    private Caller caller() {
        return Caller.of(security.getUserPrincipal());
    }

    private static EntityTag etag(HelpPlan p) {
        return new EntityTag(String.valueOf(p.version()));
    }
}
