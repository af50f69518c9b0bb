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
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentQuery;
import org.doudi.api.casework.EnrolmentService;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.EnrolmentStatusChange;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import static org.doudi.rest.internal.RequestValues.bool;
import static org.doudi.rest.internal.RequestValues.integer;
import static org.doudi.rest.internal.RequestValues.oneOf;
import static org.doudi.rest.internal.RequestValues.requireBody;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Enrolments over HTTP ({@code /api/enrolments}): who is paid by which program, and suspending, resuming or
 * ending that. A partner looks up one household at a time and sees the beneficiary status only; its reads are
 * recorded in the audit trail.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("enrolments")
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentResource implements RestResource {
    static final int MAX_PAGE_SIZE = 100;
    static final String PARTNER_READ = "partner read of enrolment status";

    @Reference
    private EnrolmentService enrolments;
    @Reference
    private HouseholdService households;
    @Reference
    private StreetDirectory streets;

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER})
    public Page<Enrolment> list(@QueryParam("householdId") String householdId,
            @QueryParam("programId") String programId, @QueryParam("status") String status,
            @QueryParam("street") String street, @QueryParam("reviewDue") String reviewDue,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        Caller caller = caller();
        boolean partner = CallerViews.partnerOnly(caller);
        if (householdId != null && (householdId.isBlank() || householdId.length() > 100)) {
            throw new ValidationException("householdId", "length", "must be 1 to 100 characters");
        }
        if (partner && householdId == null) {
            throw new ValidationException("householdId", "required", "a partner looks up one household at a time");
        }
        Checks.knownStreet(streets, street);
        Checks.programId(programId);
        EnrolmentQuery q = new EnrolmentQuery(householdId, programId, oneOf("status", status, EnrolmentStatus.class),
                CallerViews.streetFilter(caller, street), bool("reviewDue", reviewDue, false),
                integer("page", page, 0, 1_000_000), integer("size", size, 1, MAX_PAGE_SIZE));
        Page<Enrolment> found = enrolments.search(q);
        List<Enrolment> visible = found.items().stream().map(e -> CallerViews.view(e, caller)).toList();
        if (partner && !visible.isEmpty()) {
            households.recordRead(householdId, caller.name(), PARTNER_READ);
        }
        return new Page<>(visible, found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER})
    public Enrolment get(@PathParam("id") String id) {
        Caller caller = caller();
        Enrolment e = visible(id, caller);
        if (CallerViews.partnerOnly(caller)) {
            households.recordRead(e.householdId(), caller.name(), PARTNER_READ);
        }
        return e;
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Enrolment changeStatus(@PathParam("id") String id, EnrolmentStatusChange change) {
        Caller caller = caller();
        visible(id, caller);
        requireBody(change);
        return CallerViews.view(enrolments.changeStatus(id, change, WriteContext.of(caller.name(), change.note())),
                caller);
    }

    /** The enrolment as the caller may see it; 404 when absent or of another street. */
    private Enrolment visible(String id, Caller caller) {
        return CallerViews.view(enrolments.find(id).orElseThrow(() -> DoudiException.notFound("enrolment " + id)),
                caller);
    }

    private Caller caller() {
        return CallerPrincipal.of(security);
    }
}
