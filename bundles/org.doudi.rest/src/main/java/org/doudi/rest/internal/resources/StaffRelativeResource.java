package org.doudi.rest.internal.resources;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
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
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.api.security.UserDirectory;
import org.doudi.api.supervision.StaffRelative;
import org.doudi.api.supervision.StaffRelativeConflict;
import org.doudi.api.supervision.StaffRelativeEnd;
import org.doudi.api.supervision.StaffRelativeRequest;
import org.doudi.api.supervision.StaffRelativeService;
import org.doudi.rest.internal.CallerPrincipal;
import static org.doudi.rest.internal.RequestValues.bool;
import static org.doudi.rest.internal.RequestValues.requireBody;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Close-relative registration over HTTP ({@code /api/staff-relatives}, 近亲属备案): a member of staff registers their
 * own close relatives (and once their own ID number, relation {@code SELF}); a district administrator registers and
 * ends anyone's. District administrators, district staff and auditors list everyone's, others their own. The report
 * ({@code /api/staff-relatives/cases}) lists the cases, enrolments and warnings their staff members may not decide.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("staff-relatives")
@Produces(MediaType.APPLICATION_JSON)
public class StaffRelativeResource implements RestResource {

    @Reference
    private StaffRelativeService relatives;
    @Reference
    private UserDirectory users;
    @Reference
    private StreetDirectory streets;

    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(StaffRelativeRequest request) {
        requireBody(request);
        Caller caller = caller();
        String staff = request.staff() == null || request.staff().isBlank() ? caller.name() : request.staff().strip();
        if (!staff.equals(caller.name())) {
            if (!caller.hasRole(Roles.DISTRICT_ADMIN)) {
                throw new DoudiException(403, "forbidden", "a member of staff registers their own close relatives;"
                        + " only a district administrator registers for someone else");
            }
            if (users.list().stream().noneMatch(u -> u.name().equals(staff))) {
                throw new ValidationException("staff", "knownUser", "'" + shortened(staff) + "' is not a user of this"
                        + " server");
            }
        }
        StaffRelative r = relatives.register(new StaffRelativeRequest(staff, request.relation(), request.name(),
                request.idNumber(), request.note()), WriteContext.of(caller.name(), null));
        return Response.created(location(r.id())).entity(view(r, caller)).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public List<StaffRelative> list(@QueryParam("staff") String staff, @QueryParam("ended") String ended) {
        Caller caller = caller();
        String who = staff == null || staff.isBlank() ? (seesEveryone(caller) ? null : caller.name()) : staff.strip();
        if (who != null && !who.equals(caller.name()) && !seesEveryone(caller)) {
            throw new DoudiException(403, "forbidden", "a member of staff lists their own registrations only");
        }
        return relatives.list(who, bool("ended", ended, false)).stream().map(r -> view(r, caller))
                .collect(Collectors.toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public StaffRelative get(@PathParam("id") String id) {
        Caller caller = caller();
        return view(visible(id, caller), caller);
    }

    /**
     * Ends a registration: a district administrator only (403 otherwise) — a staff member cannot end their own
     * registration and so lift the conflict check on their relative's household.
     */
    @POST
    @Path("{id}/end")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffRelative end(@PathParam("id") String id, StaffRelativeEnd end) {
        Caller caller = caller();
        StaffRelative r = visible(id, caller);
        if (!caller.hasRole(Roles.DISTRICT_ADMIN)) {
            throw new DoudiException(403, "forbidden", "only a district administrator ends a close-relative"
                    + " registration (registration " + r.id() + " of " + r.staff() + "): ask the district"
                    + " administrator to end it");
        }
        requireBody(end);
        return view(relatives.end(id, end, WriteContext.of(caller.name(), end.reason())), caller);
    }

    /** The cases, enrolments and warnings of registered relatives' households, with the staff member to keep out. */
    @GET
    @Path("cases")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.AUDITOR})
    public List<StaffRelativeConflict> conflicts(@QueryParam("staff") String staff,
            @QueryParam("street") String street) {
        Checks.knownStreet(streets, street);
        Caller caller = caller();
        return relatives.conflicts(staff == null || staff.isBlank() ? null : staff.strip(), street).stream()
                .map(c -> caller.seesFullIdNumbers() ? c : c.masked()).collect(Collectors.toList());
    }

    /** 404 unless the registration exists and the caller may see it (their own, or everyone's). */
    private StaffRelative visible(String id, Caller caller) {
        StaffRelative r = relatives.find(id).orElseThrow(() -> DoudiException.notFound("registration " + id));
        if (!seesEveryone(caller) && !r.staff().equals(caller.name())) {
            throw DoudiException.notFound("registration " + id);
        }
        return r;
    }

    private static boolean seesEveryone(Caller caller) {
        return caller.hasRole(Roles.DISTRICT_ADMIN) || caller.hasRole(Roles.DISTRICT_STAFF)
                || caller.hasRole(Roles.AUDITOR);
    }

    private static StaffRelative view(StaffRelative r, Caller caller) {
        return caller.seesFullIdNumbers() ? r : r.masked();
    }

    private Caller caller() {
        return CallerPrincipal.of(security);
    }

    private URI location(String id) {
        return uri.getBaseUriBuilder().path("staff-relatives").path(id).build();
    }

    private static String shortened(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
