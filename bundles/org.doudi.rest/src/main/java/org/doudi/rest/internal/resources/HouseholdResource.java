package org.doudi.rest.internal.resources;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
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
import org.doudi.api.Page;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdQuery;
import org.doudi.api.registry.HouseholdRevision;
import org.doudi.api.registry.HouseholdSearchRequest;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.MembershipEnd;
import org.doudi.api.registry.WriteResult;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import org.doudi.rest.internal.RequestHashes;
import static org.doudi.rest.internal.RequestValues.date;
import static org.doudi.rest.internal.RequestValues.integer;
import static org.doudi.rest.internal.RequestValues.range;
import static org.doudi.rest.internal.RequestValues.requireBody;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The household registry over HTTP ({@code /api/households}): create, read, search, replace with optimistic
 * locking ({@code ETag} / {@code If-Match}), members joining and leaving, and the version history.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("households")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdResource implements RestResource {
    static final int MAX_PAGE_SIZE = 100;
    static final String PARTNER_READ = "partner read of the full record";

    @Reference
    private HouseholdService households;
    @Reference
    private StreetDirectory streets;

    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, Household household) {
        requireBody(household);
        Checks.idempotencyKey(idempotencyKey);
        CallerViews.requireOwnStreet(caller(), household.street(), "street");
        WriteContext ctx = new WriteContext(actor(), null, idempotencyKey, RequestHashes.of(household));
        WriteResult<Household> result = households.create(household, ctx);
        Household h = result.value();
        return Response.created(location(h.id())).tag(etag(h)).entity(h)
                .header("Idempotent-Replayed", result.replayed() ? "true" : null).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER})
    public Response get(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        LocalDate date = asOf == null ? null : date("asOf", asOf);
        Household h = CallerViews.view((date == null ? households.find(id) : households.find(id, date))
                .orElseThrow(() -> DoudiException.notFound("household " + id)), caller());
        if (caller().hasRole(Roles.PARTNER)) {
            households.recordRead(h.id(), actor(), PARTNER_READ);
        }
        return Response.ok(h).tag(etag(h)).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Page<Household> list(@QueryParam("street") String street, @QueryParam("name") String name,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        return search(new HouseholdSearchRequest(null, name, street, integer("page", page, 0, 1_000_000),
                integer("size", size, 1, MAX_PAGE_SIZE)));
    }

    @POST
    @Path("search")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Page<Household> search(HouseholdSearchRequest q) {
        requireBody(q);
        int p = q.page() == null ? 0 : range("page", q.page(), 0, 1_000_000);
        int s = q.size() == null ? 20 : range("size", q.size(), 1, MAX_PAGE_SIZE);
        if (q.street() != null && streets.find(q.street()).isEmpty()) {
            throw new ValidationException("street", "knownStreet", "'" + q.street() + "' is not a street of this district");
        }
        if (q.name() != null && (q.name().isBlank() || q.name().length() > 100)) {
            throw new ValidationException("name", "length", "must be 1 to 100 characters");
        }
        if (q.idNumber() != null && q.idNumber().length() != 18) {
            throw new ValidationException("idNumber", "length", "must be 18 characters");
        }
        Caller caller = caller();
        if (caller.hasRole(Roles.PARTNER) && !caller.seesFullIdNumbers() && q.idNumber() == null) {
            throw new ValidationException("idNumber", "required", "a partner searches by ID number only");
        }
        Page<Household> found = households.search(new HouseholdQuery(CallerViews.streetFilter(caller, q.street()),
                q.idNumber(), q.name(), p, s));
        List<Household> visible = found.items().stream().map(h -> CallerViews.view(h, caller)).toList();
        if (caller.hasRole(Roles.PARTNER)) {
            visible.forEach(h -> households.recordRead(h.id(), caller.name(), PARTNER_READ));
        }
        return new Page<>(visible, found.page(), found.size(), found.total());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Household household) {
        visible(id);
        long version = IfMatch.version(ifMatch, "household " + id);
        requireBody(household);
        CallerViews.requireOwnStreet(caller(), household.street(), "street");
        Household h = households.update(id, version, household, WriteContext.of(actor(), null));
        return Response.ok(h).tag(etag(h)).build();
    }

    @POST
    @Path("{id}/members")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMember(@PathParam("id") String id, Member member) {
        visible(id);
        requireBody(member);
        Household h = households.addMember(id, member, WriteContext.of(actor(), null));
        return Response.status(201).location(location(id)).tag(etag(h)).entity(h).build();
    }

    @POST
    @Path("{id}/members/{personId}/end")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response endMember(@PathParam("id") String id, @PathParam("personId") String personId, MembershipEnd end) {
        visible(id);
        requireBody(end);
        Household h = households.endMember(id, personId, end.endedOn(), end.endReason(),
                WriteContext.of(actor(), end.reason()));
        return Response.ok(h).tag(etag(h)).build();
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.AUDITOR})
    public List<HouseholdRevision> history(@PathParam("id") String id) {
        visible(id);
        Caller caller = caller();
        return households.history(id).stream().map(r -> new HouseholdRevision(r.version(), r.at(), r.actor(),
                r.action(), r.reason(), CallerViews.view(r.snapshot(), caller))).toList();
    }

    /** 404 unless the household exists and the caller may see it. */
    private void visible(String id) {
        Household h = households.find(id).orElseThrow(() -> DoudiException.notFound("household " + id));
        CallerViews.view(h, caller());
    }

    private Caller caller() {
        return CallerPrincipal.of(security);
    }

    private String actor() {
        return caller().name();
    }

    private URI location(String id) {
        return uri.getBaseUriBuilder().path("households").path(id).build();
    }

    static EntityTag etag(Household h) {
        return new EntityTag(String.valueOf(h.version()));
    }
}
