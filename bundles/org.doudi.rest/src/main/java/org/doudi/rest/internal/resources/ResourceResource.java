package org.doudi.rest.internal.resources;

import static org.doudi.rest.internal.RequestValues.bool;
import static org.doudi.rest.internal.RequestValues.oneOf;
import static org.doudi.rest.internal.RequestValues.requireBody;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
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
import org.doudi.api.DoudiException;
import org.doudi.api.StreetDirectory;
import org.doudi.api.WriteContext;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.ResourceCategory;
import org.doudi.api.resources.ResourceKind;
import org.doudi.api.resources.ResourceQuery;
import org.doudi.api.resources.ResourceRequest;
import org.doudi.api.resources.ResourceService;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The resource list (资源清单) over HTTP ({@code /api/resources}): policies, departments' special assistance, unions'
 * and charities' projects, each with an optional capacity (places) and budget (yuan) that referrals draw on.
 * District staff add and change any resource; a street operator only its own street's. A street-level caller sees
 * its street's resources and the district's; another street's resource does not exist for it (404). Changes need
 * {@code If-Match} with the version last read (the {@code ETag}); the version also moves with every referral taking
 * or giving back a place, so read the resource again right before a change. A resource managed by a program (its
 * {@code programId} set) is the program's to change: 409 here.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("resources")
@Produces(MediaType.APPLICATION_JSON)
public class ResourceResource implements RestResource {

    @Reference
    private ResourceService resources;
    @Reference
    private StreetDirectory streets;

    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public List<AssistanceResource> list(@QueryParam("kind") String kind, @QueryParam("category") String category,
            @QueryParam("street") String street, @QueryParam("programId") String programId,
            @QueryParam("available") String available) {
        Caller caller = caller();
        Checks.knownStreet(streets, street);
        Checks.programId(programId);
        return resources.find(new ResourceQuery(oneOf("kind", kind, ResourceKind.class),
                oneOf("category", category, ResourceCategory.class), CallerViews.streetFilter(caller, street),
                programId, available == null ? null : bool("available", available, false)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Response get(@PathParam("id") String id) {
        AssistanceResource r = visible(resources, id, caller());
        return Response.ok(r).tag(etag(r)).build();
    }

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ResourceRequest request) {
        requireBody(request);
        Caller caller = caller();
        CallerViews.requireOwnStreet(caller, request.street(), "street");
        AssistanceResource r = resources.create(request, null, WriteContext.of(caller.name(), null));
        return Response.created(uri.getBaseUriBuilder().path("resources").path(r.id()).build()).tag(etag(r))
                .entity(r).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            ResourceRequest request) {
        Caller caller = caller();
        AssistanceResource current = visible(resources, id, caller);
        long version = IfMatch.version(ifMatch, "resource " + id);
        requireBody(request);
        if (current.programId() != null) {
            throw DoudiException.conflict("resource " + current.id() + " is managed by program " + current.programId()
                    + "; change it through that program");
        }
        CallerViews.requireOwnStreet(caller, current.street(), "street");
        CallerViews.requireOwnStreet(caller, request.street(), "street");
        AssistanceResource r = resources.update(current.id(), version, request, WriteContext.of(caller.name(), null));
        return Response.ok(r).tag(etag(r)).build();
    }

    /** The resource: 404 when unknown or serving another street than a street-level caller's. */
    static AssistanceResource visible(ResourceService resources, String id, Caller caller) {
        return resources.get(id).filter(r -> r.street() == null || caller.maySee(r.street()))
                .orElseThrow(() -> DoudiException.notFound("resource " + id));
    }

    private static EntityTag etag(AssistanceResource r) {
        return new EntityTag(String.valueOf(r.version()));
    }

    private Caller caller() {
        return CallerPrincipal.of(security);
    }
}
