package org.doudi.rest.internal.resources;

import static org.doudi.rest.internal.RequestValues.integer;
import static org.doudi.rest.internal.RequestValues.oneOf;
import static org.doudi.rest.internal.RequestValues.requireBody;

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
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.Referral;
import org.doudi.api.resources.ReferralOutcomeRequest;
import org.doudi.api.resources.ReferralQuery;
import org.doudi.api.resources.ReferralRequest;
import org.doudi.api.resources.ReferralService;
import org.doudi.api.resources.ReferralStatus;
import org.doudi.api.resources.ResourceService;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Referrals (转介) over HTTP ({@code /api/referrals}): a household's need referred to a resource, taking one of its
 * places (and an amount of its budget; 409 naming what is left when none is), and tracked to its outcome with
 * {@code POST /api/referrals/{id}/outcome} (ACCEPTED, DELIVERED, DECLINED, WITHDRAWN; declining or withdrawing gives
 * the place back). A street-level caller refers and sees its own street's households only (another street's
 * household or referral: 404). A resource managed by a program (its {@code programId} set, e.g. a charity project)
 * is referred to through that program only ({@code /api/programs/<programId>/referrals}, which applies the program's
 * own rules such as the household's consent): 409 here. Outcomes of any referral are recorded here.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource implements RestResource {
    static final int MAX_PAGE_SIZE = 200;

    @Reference
    private ReferralService referrals;
    @Reference
    private ResourceService resources;
    @Reference
    private HouseholdService households;
    @Reference
    private StreetDirectory streets;

    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refer(ReferralRequest request) {
        requireBody(request);
        Caller caller = caller();
        NeedsResource.visibleHousehold(households, request.householdId(), caller);
        if (request.resourceId() == null || request.resourceId().isBlank() || request.resourceId().length() > 64) {
            throw new ValidationException("resourceId", "required", "the resource: 1 to 64 characters");
        }
        AssistanceResource resource = ResourceResource.visible(resources, request.resourceId().strip(), caller);
        if (resource.programId() != null) {
            throw DoudiException.conflict("resource " + resource.id() + " is managed by program "
                    + resource.programId() + ": refer through /api/programs/" + resource.programId() + "/referrals");
        }
        Referral r = referrals.refer(request, WriteContext.of(caller.name(), request.note()));
        return Response.created(uri.getBaseUriBuilder().path("referrals").path(r.id()).build()).entity(r).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Page<Referral> list(@QueryParam("householdId") String householdId,
            @QueryParam("resourceId") String resourceId, @QueryParam("street") String street,
            @QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size) {
        Caller caller = caller();
        Checks.knownStreet(streets, street);
        return referrals.find(new ReferralQuery(id("householdId", householdId), id("resourceId", resourceId),
                CallerViews.streetFilter(caller, street), oneOf("status", status, ReferralStatus.class),
                integer("page", page, 0, 1_000_000), integer("size", size, 1, MAX_PAGE_SIZE)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Referral get(@PathParam("id") String id) {
        return visible(id, caller());
    }

    @POST
    @Path("{id}/outcome")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Referral outcome(@PathParam("id") String id, ReferralOutcomeRequest request) {
        Caller caller = caller();
        Referral r = visible(id, caller);
        requireBody(request);
        return referrals.outcome(r.id(), request, WriteContext.of(caller.name(), request.outcome()));
    }

    private Referral visible(String id, Caller caller) {
        return referrals.get(id).filter(r -> caller.maySee(r.street()))
                .orElseThrow(() -> DoudiException.notFound("referral " + id));
    }

    private static String id(String field, String value) {
        if (value != null && (value.isBlank() || value.length() > 64)) {
            throw new ValidationException(field, "length", "must be 1 to 64 characters");
        }
        return value == null ? null : value.strip();
    }

    private Caller caller() {
        return CallerPrincipal.of(security);
    }
}
