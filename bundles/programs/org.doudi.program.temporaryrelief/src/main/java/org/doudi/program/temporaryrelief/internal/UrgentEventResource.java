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
 * Urgent events on record (突发事件登记) under {@code /api/programs/temporary-relief/urgent-events}: the ground a
 * normal temporary-relief case (above the small-amount cap) is evaluated on. The rules are in
 * {@link UrgentEvents}; street-level callers see and write their own street only.
 */
@Component(service = RestResource.class, property = {"osgi.jaxrs.resource=true",
    AssistanceProgram.ID_PROPERTY + "=" + TemporaryReliefProgram.ID})
@Path("urgent-events")
@Produces(MediaType.APPLICATION_JSON)
public class UrgentEventResource implements RestResource {

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
    public Response record(UrgentEventRequest request) {
        UrgentEvent e = events().record(request, caller());
        return Response.created(uri.getBaseUriBuilder().path("urgent-events").path(e.id()).build()).entity(e).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Page<UrgentEvent> list(@QueryParam("householdId") String householdId, @QueryParam("street") String street,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        return events().list(householdId, street, Paging.of(page, size), caller());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public UrgentEvent get(@PathParam("id") String id) {
        return events().get(id, caller());
    }

    private UrgentEvents events() {
        return new UrgentEvents(store, households, program.parameters(), clock.today());
    }

    private Caller caller() {
        return Caller.of(security.getUserPrincipal());
    }
}
