package org.doudi.rest.internal.resources;

import java.net.URI;
import java.util.stream.Collectors;
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
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.api.supervision.CustodyEnd;
import org.doudi.api.supervision.CustodyQuery;
import org.doudi.api.supervision.CustodyRecord;
import org.doudi.api.supervision.CustodyRequest;
import org.doudi.api.supervision.CustodyService;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import static org.doudi.rest.internal.RequestValues.bool;
import static org.doudi.rest.internal.RequestValues.integer;
import static org.doudi.rest.internal.RequestValues.requireBody;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Card and passbook custody over HTTP ({@code /api/custody-records}, 卡折代管备案): recording who holds a recipient's
 * card or passbook, ending it, and the list per street — {@code staffCustodian=true} lists the custodies held by
 * members of staff or by their registered close relatives (each record names the registration it matched). Another street's record does not exist for a street-level caller (404); ID numbers are masked
 * for roles that do not need them, accounts always.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("custody-records")
@Produces(MediaType.APPLICATION_JSON)
public class CustodyResource implements RestResource {
    static final int MAX_PAGE_SIZE = 100;

    @Reference
    private CustodyService custody;
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
    public Response register(CustodyRequest request) {
        requireBody(request);
        Caller caller = caller();
        if (request.householdId() == null || request.householdId().isBlank() || request.householdId().length() > 64) {
            throw new ValidationException("householdId", "required", "the recipient's household");
        }
        Household h = households.find(request.householdId().strip())
                .orElseThrow(() -> DoudiException.notFound("household " + request.householdId()));
        CallerViews.view(h, caller);
        CustodyRecord r = custody.register(request, WriteContext.of(caller.name(), request.reason()));
        return Response.created(location(r.id())).entity(view(r, caller)).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Page<CustodyRecord> list(@QueryParam("street") String street,
            @QueryParam("householdId") String householdId, @QueryParam("staffCustodian") String staffCustodian,
            @QueryParam("ended") String ended, @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("20") String size) {
        Caller caller = caller();
        Checks.knownStreet(streets, street);
        if (householdId != null && (householdId.isBlank() || householdId.length() > 64)) {
            throw new ValidationException("householdId", "length", "must be 1 to 64 characters");
        }
        Boolean staff = staffCustodian == null ? null : bool("staffCustodian", staffCustodian, false);
        Page<CustodyRecord> found = custody.search(new CustodyQuery(CallerViews.streetFilter(caller, street),
                householdId, staff, bool("ended", ended, false), integer("page", page, 0, 1_000_000),
                integer("size", size, 1, MAX_PAGE_SIZE)));
        return new Page<>(found.items().stream().map(r -> view(r, caller)).collect(Collectors.toList()),
                found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public CustodyRecord get(@PathParam("id") String id) {
        Caller caller = caller();
        return view(visible(id, caller), caller);
    }

    /** Ends a custody: the card or passbook went back to the recipient (or to someone else: register that anew). */
    @POST
    @Path("{id}/end")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public CustodyRecord end(@PathParam("id") String id, CustodyEnd end) {
        Caller caller = caller();
        visible(id, caller);
        requireBody(end);
        return view(custody.end(id, end, WriteContext.of(caller.name(), end.reason())), caller);
    }

    /** 404 unless the record exists and the caller may see its street. */
    private CustodyRecord visible(String id, Caller caller) {
        CustodyRecord r = custody.find(id).orElseThrow(() -> DoudiException.notFound("custody record " + id));
        if (!caller.maySee(r.street())) {
            throw DoudiException.notFound("custody record " + id);
        }
        return r;
    }

    private static CustodyRecord view(CustodyRecord r, Caller caller) {
        return caller.seesFullIdNumbers() ? r : r.masked();
    }

    private Caller caller() {
        return CallerPrincipal.of(security);
    }

    private URI location(String id) {
        return uri.getBaseUriBuilder().path("custody-records").path(id).build();
    }
}
