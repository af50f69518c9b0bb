package org.doudi.rest.internal.resources;

import java.net.URI;
import java.time.LocalDate;
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
import javax.ws.rs.core.UriInfo;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.needs.AdvisorSummary;
import org.doudi.api.needs.OverdueVisitQuery;
import org.doudi.api.needs.ServiceTally;
import org.doudi.api.needs.Visit;
import org.doudi.api.needs.VisitDue;
import org.doudi.api.needs.VisitRequest;
import org.doudi.api.needs.VisitService;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import static org.doudi.rest.internal.RequestValues.date;
import static org.doudi.rest.internal.RequestValues.requireBody;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Visits over HTTP ({@code /api/visits}, 走访): recording a visit with the services delivered, a household's visits,
 * and the overdue list ({@code /api/visits/overdue?street=&advisor=&asOf=}): households whose next visit (the cycle of
 * their current hardship level after the last visit, or after the assessment) fell before {@code asOf} (default
 * today), with the days overdue, per street and per advisor of the last visit. A street-level caller sees and writes
 * their own street only (another street's household: 404; another street's list: empty).
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("visits")
@Produces(MediaType.APPLICATION_JSON)
public class VisitResource implements RestResource {

    @Reference
    private VisitService visits;
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
    public Response record(VisitRequest request) {
        requireBody(request);
        Caller caller = caller();
        NeedsResource.visibleHousehold(households, request.householdId(), caller);
        Visit v = visits.record(request, WriteContext.of(caller.name(), "visit"));
        URI location = uri.getBaseUriBuilder().path("visits").queryParam("householdId", v.householdId()).build();
        return Response.created(location).entity(v).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public List<Visit> list(@QueryParam("householdId") String householdId) {
        Household h = NeedsResource.visibleHousehold(households, householdId, caller());
        return visits.history(h.id());
    }

    @GET
    @Path("overdue")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public List<VisitDue> overdue(@QueryParam("street") String street, @QueryParam("advisor") String advisor,
            @QueryParam("asOf") String asOf) {
        Caller caller = caller();
        Checks.knownStreet(streets, street);
        if (advisor != null && (advisor.isBlank() || advisor.length() > 100)) {
            throw new ValidationException("advisor", "length", "must be 1 to 100 characters");
        }
        return visits.overdue(new OverdueVisitQuery(CallerViews.streetFilter(caller, street), advisor,
                asOf == null ? null : date("asOf", asOf)));
    }

    /**
     * The advisor list (顾问清单): per advisor and street, the visits recorded, the households whose latest visit was
     * theirs, and how many of those are overdue on {@code asOf} (default today).
     */
    @GET
    @Path("advisors")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public List<AdvisorSummary> advisors(@QueryParam("street") String street, @QueryParam("asOf") String asOf) {
        Caller caller = caller();
        Checks.knownStreet(streets, street);
        return visits.advisors(CallerViews.streetFilter(caller, street), asOf == null ? null : date("asOf", asOf));
    }

    /**
     * The service list (服务清单): services delivered on visits from {@code from} to {@code to} (inclusive, open when
     * absent), each with the visits and the households, the most frequent first.
     */
    @GET
    @Path("services")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public List<ServiceTally> services(@QueryParam("street") String street, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Caller caller = caller();
        Checks.knownStreet(streets, street);
        LocalDate start = from == null ? null : date("from", from);
        LocalDate end = to == null ? null : date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw new ValidationException("to", "order", "cannot be before from (" + start + ")");
        }
        return visits.services(CallerViews.streetFilter(caller, street), start, end);
    }

    private Caller caller() {
        return CallerPrincipal.of(security);
    }
}
