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
import org.doudi.api.StreetDirectory;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Homeless and stranded people (流浪乞讨、临时遇困) under {@code /api/programs/temporary-relief/station-referrals}:
 * refer a person (to the street of their Shanghai hukou, else to the relief station), list, read, and record the
 * outcome. The relief station's name comes from the program's configuration ({@code reliefStation}). The rules are
 * in {@link StationReferrals} and {@link ReferralRouting}.
 */
@Component(service = RestResource.class, configurationPid = TemporaryReliefProgram.PID, property = {
    "osgi.jaxrs.resource=true", AssistanceProgram.ID_PROPERTY + "=" + TemporaryReliefProgram.ID})
@Path("station-referrals")
@Produces(MediaType.APPLICATION_JSON)
public class StationReferralResource implements RestResource {

    /** Mandatory: the endpoints exist only while the program does. */
    @Reference(target = "(" + AssistanceProgram.ID_PROPERTY + "=" + TemporaryReliefProgram.ID + ")")
    private AssistanceProgram program;
    @Reference
    private ProgramRecordStore store;
    @Reference
    private StreetDirectory streets;
    @Reference
    private DoudiClock clock;

    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;

    private volatile String station;

    @Activate
    @Modified
    void configure(TemporaryReliefConfig config) {
        station = config.reliefStation().strip();
    }

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refer(StationReferralRequest request) {
        StationReferral r = referrals().refer(request, caller());
        return Response.created(uri.getBaseUriBuilder().path("station-referrals").path(r.id()).build()).entity(r)
                .build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Page<StationReferral> list(@QueryParam("routedTo") String routedTo, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        return referrals().list(routedTo, status, Paging.of(page, size), caller());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public StationReferral get(@PathParam("id") String id) {
        return referrals().get(id, caller());
    }

    @POST
    @Path("{id}/outcome")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public StationReferral outcome(@PathParam("id") String id, ReferralOutcomeRequest request) {
        return referrals().close(id, request, caller());
    }

    private StationReferrals referrals() {
        program.parameters().requireUsable();
        return new StationReferrals(store, new ReferralRouting(streets, station), clock.today());
    }

    private Caller caller() {
        return Caller.of(security.getUserPrincipal());
    }
}
