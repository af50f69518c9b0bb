package org.doudi.program.charity.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.resources.Referral;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Roles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/programs/charity/referrals}: referrals of households to charity projects, with consent. District
 * staff and street operators refer (a street operator only their street's households); staff and auditors read.
 * Outcomes go through the core's {@code POST /api/referrals/{id}/outcome}.
 */
@Component(service = RestResource.class, property = {"osgi.jaxrs.resource=true",
    AssistanceProgram.ID_PROPERTY + "=" + CharityProgram.ID})
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource implements RestResource {

    @Reference
    private CharityReferrals referrals;

    @Context
    private SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    public Response refer(CharityReferralRequest request) {
        var caller = Callers.of(security);
        Referral r = referrals.refer(request, caller, Callers.write(caller));
        return Response.status(Response.Status.CREATED).header("Location", "/api/referrals/" + r.id()).entity(r)
                .build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public List<Referral> ofHousehold(@QueryParam("householdId") String householdId) {
        return referrals.ofHousehold(householdId, Callers.of(security));
    }
}
