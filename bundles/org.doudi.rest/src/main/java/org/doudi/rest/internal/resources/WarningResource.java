package org.doudi.rest.internal.resources;

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
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.StreetWarningSummary;
import org.doudi.api.monitoring.Warning;
import org.doudi.api.monitoring.WarningAssignment;
import org.doudi.api.monitoring.WarningDisposition;
import org.doudi.api.monitoring.WarningQuery;
import org.doudi.api.monitoring.WarningService;
import org.doudi.api.monitoring.WarningStatus;
import org.doudi.api.monitoring.WarningVerification;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import static org.doudi.rest.internal.RequestValues.integer;
import static org.doudi.rest.internal.RequestValues.oneOf;
import static org.doudi.rest.internal.RequestValues.requireBody;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Warnings (预警) over HTTP ({@code /api/warnings}): listing per street, type and status with their age, the
 * per-street summary, and the workflow — assignment, offline verification, disposition.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("warnings")
@Produces(MediaType.APPLICATION_JSON)
public class WarningResource implements RestResource {
    static final int MAX_PAGE_SIZE = 100;

    @Reference
    private WarningService warnings;
    @Reference
    private StreetDirectory streets;

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Page<Warning> list(@QueryParam("street") String street, @QueryParam("type") String type,
            @QueryParam("status") String status, @QueryParam("householdId") String householdId,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        Caller caller = caller();
        Checks.knownStreet(streets, street);
        if (householdId != null && (householdId.isBlank() || householdId.length() > 100)) {
            throw new ValidationException("householdId", "length", "must be 1 to 100 characters");
        }
        FeedType feedType = type == null ? null : FeedType.ofId(type).orElseThrow(() -> new ValidationException(
                "type", "oneOf", "unknown warning type; one of " + java.util.Arrays.stream(FeedType.values())
                        .map(FeedType::id).toList()));
        Page<Warning> found = warnings.search(new WarningQuery(CallerViews.streetFilter(caller, street), feedType,
                oneOf("status", status, WarningStatus.class), householdId, integer("page", page, 0, 1_000_000),
                integer("size", size, 1, MAX_PAGE_SIZE)));
        return new Page<>(found.items().stream().map(w -> WarningViews.view(w, caller)).toList(), found.page(),
                found.size(), found.total());
    }

    @GET
    @Path("summary")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public List<StreetWarningSummary> summary(@QueryParam("street") String street) {
        Caller caller = caller();
        Checks.knownStreet(streets, street);
        String filter = CallerViews.streetFilter(caller, street);
        if (caller.streetScoped() && !filter.equals(caller.street())) {
            return List.of();
        }
        return warnings.summary(filter);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Warning get(@PathParam("id") String id) {
        Caller caller = caller();
        return WarningViews.view(visible(id, caller), caller);
    }

    @POST
    @Path("{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    public Warning assign(@PathParam("id") String id, WarningAssignment assignment) {
        Caller caller = caller();
        visible(id, caller);
        requireBody(assignment);
        if (assignment.street() != null) {
            Checks.knownStreet(streets, assignment.street());
            CallerViews.requireOwnStreet(caller, assignment.street(), "street");
        }
        return WarningViews.view(warnings.assign(id, assignment, WriteContext.of(caller.name(), assignment.note())),
                caller);
    }

    @POST
    @Path("{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR})
    public Warning verify(@PathParam("id") String id, WarningVerification verification) {
        Caller caller = caller();
        visible(id, caller);
        requireBody(verification);
        return WarningViews.view(warnings.verify(id, verification, WriteContext.of(caller.name(),
                verification.findings())), caller);
    }

    @POST
    @Path("{id}/disposition")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    public Warning dispose(@PathParam("id") String id, WarningDisposition disposition) {
        Caller caller = caller();
        visible(id, caller);
        requireBody(disposition);
        return WarningViews.view(warnings.dispose(id, disposition, WriteContext.of(caller.name(),
                disposition.reason())), caller);
    }

    private Warning visible(String id, Caller caller) {
        if (id == null || id.length() > 64) {
            throw DoudiException.notFound("warning " + id);
        }
        return warnings.find(id).filter(w -> caller.maySee(w.street()))
                .orElseThrow(() -> DoudiException.notFound("warning " + id));
    }

    private Caller caller() {
        return CallerPrincipal.of(security);
    }
}
