package org.doudi.rest.internal.resources;

import java.net.URI;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import org.doudi.api.Street;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.AppealOutcomeRequest;
import org.doudi.api.casework.AppealRequest;
import org.doudi.api.casework.CaseApplication;
import org.doudi.api.casework.CaseFile;
import org.doudi.api.casework.CaseQuery;
import org.doudi.api.casework.CaseService;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.ExtensionRequest;
import org.doudi.api.casework.ObjectionRequest;
import org.doudi.api.casework.TransitionRequest;
import org.doudi.api.program.ProgramDirectory;
import org.doudi.api.program.ProgramInfo;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import org.doudi.rest.internal.DecisionNotice;
import org.doudi.rest.internal.RequestHashes;
import static org.doudi.rest.internal.RequestValues.bool;
import static org.doudi.rest.internal.RequestValues.integer;
import static org.doudi.rest.internal.RequestValues.oneOf;
import static org.doudi.rest.internal.RequestValues.requireBody;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Cases over HTTP ({@code /api/cases}, SPEC §3): accepting an application (受理), moving it on to a decision,
 * extending its deadline, objections during public notice (公示异议), reviews (复核) and reconsiderations (行政复议)
 * against the decision with their outcomes, the per-street list with overdue cases, and the printable decision
 * notice.
 * Another street's case does not exist for a street-level caller (404).
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource implements RestResource {
    static final int MAX_PAGE_SIZE = 100;
    static final String HTML = "text/html; charset=UTF-8";

    @Reference
    private CaseService cases;
    @Reference
    private HouseholdService households;
    @Reference
    private StreetDirectory streets;
    @Reference
    private ProgramDirectory programs;

    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@HeaderParam("Idempotency-Key") String idempotencyKey, CaseApplication application) {
        requireBody(application);
        Checks.idempotencyKey(idempotencyKey);
        if (application.householdId() == null || application.householdId().isBlank()) {
            throw new ValidationException("householdId", "required", "the applying household");
        }
        Household h = households.find(application.householdId())
                .orElseThrow(() -> DoudiException.notFound("household " + application.householdId()));
        CallerViews.view(h, caller());
        WriteContext ctx = new WriteContext(actor(), application.reason(), idempotencyKey,
                RequestHashes.of(application));
        CaseFile c = cases.open(application, ctx);
        return Response.created(location(c.id())).entity(c).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public CaseFile get(@PathParam("id") String id) {
        return visible(id);
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseFile transition(@PathParam("id") String id, TransitionRequest request) {
        visible(id);
        requireBody(request);
        return cases.transition(id, request, WriteContext.of(actor(), request.reason()));
    }

    @POST
    @Path("{id}/extension")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseFile extend(@PathParam("id") String id, ExtensionRequest request) {
        visible(id);
        requireBody(request);
        return cases.extend(id, request, WriteContext.of(actor(), request.note()));
    }

    /** Records an objection raised during public notice: 409 unless the case is on public notice. */
    @POST
    @Path("{id}/objections")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseFile objection(@PathParam("id") String id, ObjectionRequest request) {
        visible(id);
        requireBody(request);
        return cases.recordObjection(id, request, WriteContext.of(actor(), request.content()));
    }

    /** Records a review (复核) or reconsideration (行政复议) against the decision: 409 until the case is decided. */
    @POST
    @Path("{id}/appeals")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseFile appeal(@PathParam("id") String id, AppealRequest request) {
        visible(id);
        requireBody(request);
        return cases.fileAppeal(id, request, WriteContext.of(actor(), request.grounds()));
    }

    /** Records the outcome of appeal {@code n}, once: 409 when it already has one. */
    @POST
    @Path("{id}/appeals/{n}/outcome")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseFile appealOutcome(@PathParam("id") String id, @PathParam("n") String n, AppealOutcomeRequest request) {
        visible(id);
        int number;
        try {
            number = Integer.parseInt(n.strip());
        } catch (NumberFormatException e) {
            throw DoudiException.notFound("appeal " + n + " of case " + id);
        }
        requireBody(request);
        return cases.decideAppeal(id, number, request, WriteContext.of(actor(), request.reason()));
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Page<CaseFile> list(@QueryParam("street") String street, @QueryParam("status") String status,
            @QueryParam("overdue") String overdue, @QueryParam("programId") String programId,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        Checks.knownStreet(streets, street);
        Checks.programId(programId);
        CaseQuery q = new CaseQuery(CallerViews.streetFilter(caller(), street), oneOf("status", status,
                CaseStatus.class), bool("overdue", overdue, false), programId, integer("page", page, 0, 1_000_000),
                integer("size", size, 1, MAX_PAGE_SIZE));
        return cases.search(q);
    }

    /**
     * The decision notice to print and hand to the applicant. JSON is among the media types only so that a
     * client asking for JSON gets its 401, 403, 404 or 409 as a problem JSON rather than a 406: the page itself
     * is always HTML.
     */
    @GET
    @Path("{id}/notice")
    @Produces({HTML, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Response notice(@PathParam("id") String id) {
        CaseFile c = visible(id);
        if (!DecisionNotice.decided(c.status())) {
            throw DoudiException.conflict("case " + id + " has no decision yet (status " + c.status()
                    + "): a notice is issued once the case is confirmed or refused");
        }
        String streetName = streets.find(c.street()).map(Street::label).orElse(c.street());
        ProgramInfo program = programs.find(c.programId()).map(p -> p.info()).orElse(null);
        String html = DecisionNotice.html(c, streetName, program);
        return Response.ok(html).type(HTML).header("Cache-Control", "no-store").build();
    }

    /** 404 unless the case exists and the caller may see its street. */
    private CaseFile visible(String id) {
        CaseFile c = cases.find(id).orElseThrow(() -> DoudiException.notFound("case " + id));
        if (!caller().maySee(c.street())) {
            throw DoudiException.notFound("case " + id);
        }
        return c;
    }

    private Caller caller() {
        return CallerPrincipal.of(security);
    }

    private String actor() {
        return caller().name();
    }

    private URI location(String id) {
        return uri.getBaseUriBuilder().path("cases").path(id).build();
    }
}
