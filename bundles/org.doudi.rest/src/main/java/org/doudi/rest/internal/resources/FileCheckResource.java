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
import org.doudi.api.WriteContext;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.api.supervision.FileCheck;
import org.doudi.api.supervision.FileCheckCase;
import org.doudi.api.supervision.FileCheckCorrectionRequest;
import org.doudi.api.supervision.FileCheckFinding;
import org.doudi.api.supervision.FileCheckFindingRequest;
import org.doudi.api.supervision.FileCheckRequest;
import org.doudi.api.supervision.FileCheckReviewRequest;
import org.doudi.api.supervision.FileCheckService;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import static org.doudi.rest.internal.RequestValues.bool;
import static org.doudi.rest.internal.RequestValues.integer;
import static org.doudi.rest.internal.RequestValues.requireBody;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Monthly file checks (档案材料集中核查) over HTTP ({@code /api/file-checks}): the district draws a month's sample,
 * records findings, goes through the files and closes findings; a street submits the corrections of its own cases'
 * findings (only the district closes them) and sees its own part of each check (another street's sampled case is a 404); the open corrections per street, overdue ones flagged.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("file-checks")
@Produces(MediaType.APPLICATION_JSON)
public class FileCheckResource implements RestResource {
    static final int MAX_PAGE_SIZE = 100;

    @Reference
    private FileCheckService checks;
    @Reference
    private StreetDirectory streets;

    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;

    /** Draws the month's sample: 409 when the month was drawn already. */
    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draw(FileCheckRequest request) {
        requireBody(request);
        FileCheck c = checks.draw(request, WriteContext.of(caller().name(), request.reason()));
        return Response.created(location(c.id())).entity(c).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.AUDITOR})
    public Page<FileCheck> list(@QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("20") String size) {
        Caller caller = caller();
        Page<FileCheck> found = checks.list(integer("page", page, 0, 1_000_000), integer("size", size, 1, MAX_PAGE_SIZE));
        return new Page<>(found.items().stream().map(c -> scoped(c, caller)).toList(), found.page(), found.size(),
                found.total());
    }

    /** The open findings of every check by due day: corrections still due, of a street, overdue ones only. */
    @GET
    @Path("corrections")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.AUDITOR})
    public Page<FileCheckFinding> corrections(@QueryParam("street") String street,
            @QueryParam("overdue") String overdue, @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("20") String size) {
        Checks.knownStreet(streets, street);
        return checks.openCorrections(CallerViews.streetFilter(caller(), street), bool("overdue", overdue, false),
                integer("page", page, 0, 1_000_000), integer("size", size, 1, MAX_PAGE_SIZE));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.AUDITOR})
    public FileCheck get(@PathParam("id") String id) {
        return scoped(check(id), caller());
    }

    @POST
    @Path("{id}/cases/{caseId}/findings")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response finding(@PathParam("id") String id, @PathParam("caseId") String caseId,
            FileCheckFindingRequest request) {
        sampled(id, caseId);
        requireBody(request);
        FileCheckFinding f = checks.recordFinding(id, caseId, request, WriteContext.of(caller().name(),
                request.description()));
        return Response.created(location(id)).entity(f).build();
    }

    /**
     * Submits the correction of finding {@code n} (status CORRECTION_SUBMITTED): 409 when one was submitted already
     * or the finding is closed. The street submits; only the district closes.
     */
    @POST
    @Path("{id}/cases/{caseId}/findings/{n}/correction")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public FileCheckFinding correction(@PathParam("id") String id, @PathParam("caseId") String caseId,
            @PathParam("n") String n, FileCheckCorrectionRequest request) {
        sampled(id, caseId);
        int number = number(id, caseId, n);
        requireBody(request);
        return checks.recordCorrection(id, caseId, number, request, WriteContext.of(caller().name(),
                request.correction()));
    }

    /**
     * Closes finding {@code n}, accepting its submitted correction (CLOSED, with who and when): district-admin and
     * district-staff only — a street does not close its own findings. 409 when nothing was submitted or it is closed.
     */
    @POST
    @Path("{id}/cases/{caseId}/findings/{n}/close")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF})
    public FileCheckFinding close(@PathParam("id") String id, @PathParam("caseId") String caseId,
            @PathParam("n") String n) {
        sampled(id, caseId);
        int number = number(id, caseId, n);
        return checks.closeFinding(id, caseId, number, WriteContext.of(caller().name(), "correction accepted"));
    }

    private static int number(String id, String caseId, String n) {
        try {
            return Integer.parseInt(n.strip());
        } catch (NumberFormatException e) {
            throw DoudiException.notFound("finding " + n + " of case " + caseId + " in file check " + id);
        }
    }

    /** Marks the sampled case's file as gone through (district only): 409 when it was already. */
    @POST
    @Path("{id}/cases/{caseId}/review")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF})
    @Consumes(MediaType.APPLICATION_JSON)
    public FileCheckCase review(@PathParam("id") String id, @PathParam("caseId") String caseId,
            FileCheckReviewRequest request) {
        sampled(id, caseId);
        return checks.review(id, caseId, request, WriteContext.of(caller().name(), request == null ? null
                : request.note()));
    }

    private FileCheck check(String id) {
        return checks.find(id).orElseThrow(() -> DoudiException.notFound("file check " + id));
    }

    /** 404 unless the case is in the check and the caller may see its street. */
    private void sampled(String id, String caseId) {
        Caller caller = caller();
        check(id).cases().stream().filter(c -> c.caseId().equals(caseId) && caller.maySee(c.street())).findFirst()
                .orElseThrow(() -> DoudiException.notFound("case " + caseId + " in file check " + id));
    }

    /** A street-level caller sees its own street's part of a check only. */
    private static FileCheck scoped(FileCheck c, Caller caller) {
        if (!caller.streetScoped()) {
            return c;
        }
        List<FileCheckCase> cases = c.cases() == null ? null
                : c.cases().stream().filter(x -> caller.maySee(x.street())).toList();
        return new FileCheck(c.id(), c.month(), c.seed(), c.sizePerStreet(), c.items(), c.drawnBy(), c.drawnAt(),
                c.streets().stream().filter(s -> caller.maySee(s.street())).toList(), cases, c.version());
    }

    private Caller caller() {
        return CallerPrincipal.of(security);
    }

    private URI location(String id) {
        return uri.getBaseUriBuilder().path("file-checks").path(id).build();
    }
}
