package org.doudi.program.temporaryrelief.internal;

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
 * Small-amount relief (小金额救助) under {@code /api/programs/temporary-relief/small-grants}: grant up to the cap
 * after verifying the hardship, list (also the overdue reviews), read, and record the follow-up review. The rules
 * are in {@link SmallGrants}; street-level callers see and write their own street only.
 */
@Component(service = RestResource.class, property = {"osgi.jaxrs.resource=true",
    AssistanceProgram.ID_PROPERTY + "=" + TemporaryReliefProgram.ID})
@Path("small-grants")
@Produces(MediaType.APPLICATION_JSON)
public class SmallGrantResource implements RestResource {

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

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grant(SmallGrantRequest request) {
        SmallGrant g = grants().grant(request, caller());
        return Response.created(uri.getBaseUriBuilder().path("small-grants").path(g.id()).build()).entity(g).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Page<SmallGrant> list(@QueryParam("householdId") String householdId, @QueryParam("status") String status,
            @QueryParam("street") String street, @QueryParam("overdue") String overdue,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        return grants().list(householdId, status, street, QueryFlag.of("overdue", overdue), Paging.of(page, size),
                caller());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public SmallGrant get(@PathParam("id") String id) {
        return grants().get(id, caller());
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public SmallGrant review(@PathParam("id") String id, ReviewRequest request) {
        return grants().review(id, request, caller());
    }

    private SmallGrants grants() {
        return new SmallGrants(store, households, program.parameters(), clock.today());
    }

    private Caller caller() {
        return Caller.of(security.getUserPrincipal());
    }
}
