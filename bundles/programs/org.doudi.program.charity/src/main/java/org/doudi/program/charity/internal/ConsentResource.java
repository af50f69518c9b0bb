package org.doudi.program.charity.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
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
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Roles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/programs/charity/consents}: consents (知情同意) to exchange data with and be referred to an
 * organisation. District staff and street operators record and withdraw them (a street operator only for their
 * street's households); advisors and auditors read them. Another street's household or consent is a 404.
 */
@Component(service = RestResource.class, property = {"osgi.jaxrs.resource=true",
    AssistanceProgram.ID_PROPERTY + "=" + CharityProgram.ID})
@Path("consents")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource implements RestResource {

    @Reference
    private Consents consents;

    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    public Response give(ConsentRequest request) {
        var caller = Callers.of(security);
        Consent c = consents.give(request, caller, Callers.write(caller));
        return Response.created(uri.getAbsolutePathBuilder().path(c.id()).build()).entity(c).build();
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    public Consent withdraw(@PathParam("id") String id, ConsentWithdrawal request) {
        var caller = Callers.of(security);
        return consents.withdraw(id, request, caller, Callers.write(caller));
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public List<Consent> ofHousehold(@QueryParam("householdId") String householdId) {
        return consents.ofHousehold(householdId, Callers.of(security));
    }
}
