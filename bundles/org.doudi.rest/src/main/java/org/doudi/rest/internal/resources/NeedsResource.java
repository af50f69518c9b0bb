package org.doudi.rest.internal.resources;

import java.net.URI;
import java.util.List;
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
import org.doudi.api.needs.Grade;
import org.doudi.api.needs.NeedsAssessment;
import org.doudi.api.needs.NeedsAssessmentRequest;
import org.doudi.api.needs.NeedsService;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.resources.ResourceMatch;
import org.doudi.api.resources.ResourceService;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import static org.doudi.rest.internal.RequestValues.date;
import static org.doudi.rest.internal.RequestValues.integer;
import static org.doudi.rest.internal.RequestValues.oneOf;
import static org.doudi.rest.internal.RequestValues.requireBody;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Needs assessments over HTTP ({@code /api/needs/assessments}, 困难画像): recording a household's hardship profile
 * (six dimensions graded HIGH/MEDIUM/LOW, a score and an overall level; a new one supersedes the previous, which is
 * kept) and its history, the newest first; the needs list ({@code GET /api/needs?street=&level=&page=&size=}, a page) and a household's
 * matching resources ({@code GET /api/needs/{id}/matches?asOf=}). Another street's household does not exist for a
 * street-level caller (404).
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("needs")
@Produces(MediaType.APPLICATION_JSON)
public class NeedsResource implements RestResource {
    static final int DEFAULT_PAGE_SIZE = 100;

    @Reference
    private NeedsService needs;
    @Reference
    private HouseholdService households;
    @Reference
    private ResourceService resources;
    @Reference
    private StreetDirectory streets;

    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;

    @POST
    @Path("assessments")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assess(NeedsAssessmentRequest request) {
        requireBody(request);
        Caller caller = caller();
        visibleHousehold(request.householdId(), caller);
        NeedsAssessment a = needs.assess(request, WriteContext.of(caller.name(), request.note()));
        URI location = uri.getBaseUriBuilder().path("needs").path("assessments")
                .queryParam("householdId", a.householdId()).build();
        return Response.created(location).entity(a).build();
    }

    @GET
    @Path("assessments")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public List<NeedsAssessment> history(@QueryParam("householdId") String householdId) {
        Household h = visibleHousehold(householdId, caller());
        return needs.history(h.id());
    }

    /**
     * The needs list (需求清单), a page of it ({@code page} from 0, {@code size} 1 to 500, default 100) with the
     * total: current assessments, the highest score first, of the households now living in a street (a street-level
     * caller: its own street) and of a hardship level.
     */
    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Page<NeedsAssessment> list(@QueryParam("street") String street, @QueryParam("level") String level,
            @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("" + DEFAULT_PAGE_SIZE) String size) {
        Caller caller = caller();
        Checks.knownStreet(streets, street);
        return needs.currentList(CallerViews.streetFilter(caller, street), oneOf("level", level, Grade.class),
                integer("page", page, 0, 1_000_000), integer("size", size, 1, NeedsService.MAX_LIST_SIZE));
    }

    /**
     * The resources answering the household's assessed needs (需求对接), judged on {@code asOf} (default today):
     * dimensions graded HIGH first, then MEDIUM; only resources available then and serving the household's street.
     */
    @GET
    @Path("{id}/matches")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public List<ResourceMatch> matches(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        Household h = visibleHousehold(id, caller());
        return resources.matches(h.id(), asOf == null ? null : date("asOf", asOf));
    }

    /** The household named by {@code householdId}: 422 when not given, 404 when unknown or of another street. */
    static Household visibleHousehold(HouseholdService households, String householdId, Caller caller) {
        if (householdId == null || householdId.isBlank() || householdId.length() > 64) {
            throw new ValidationException("householdId", "required", "the household: 1 to 64 characters");
        }
        Household h = households.find(householdId.strip())
                .orElseThrow(() -> DoudiException.notFound("household " + householdId));
        if (!caller.maySee(h.street())) {
            throw DoudiException.notFound("household " + householdId);
        }
        return h;
    }

    private Household visibleHousehold(String householdId, Caller caller) {
        return visibleHousehold(households, householdId, caller);
    }

    private Caller caller() {
        return CallerPrincipal.of(security);
    }
}
