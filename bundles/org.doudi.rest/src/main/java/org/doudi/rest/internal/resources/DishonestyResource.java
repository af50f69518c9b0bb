package org.doudi.rest.internal.resources;

import java.net.URI;
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
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.api.supervision.DishonestyCheck;
import org.doudi.api.supervision.DishonestyLiftRequest;
import org.doudi.api.supervision.DishonestyQuery;
import org.doudi.api.supervision.DishonestyRecord;
import org.doudi.api.supervision.DishonestyRecordRequest;
import org.doudi.api.supervision.DishonestyRecoveryRequest;
import org.doudi.api.supervision.DishonestyService;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import org.doudi.rest.internal.PartnerAgreements;
import static org.doudi.rest.internal.RequestValues.bool;
import static org.doudi.rest.internal.RequestValues.integer;
import static org.doudi.rest.internal.RequestValues.requireBody;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Dishonesty records (失信记录) over HTTP ({@code /api/dishonesty-records}): the district records a person (the
 * overpayment computed from the payment history, the fine), the recoveries, the lifting of a listing;
 * {@code ?listed=true} is the joint-punishment list (一处失信、处处受限). A partner only asks
 * {@code /check?idNumber=} whether one person is listed (and since which decision), and only when its agreement
 * covers the query {@code dishonesty-check} (PID {@code org.doudi.partners}, attribute {@code queries}; 403
 * otherwise). A street-level caller may check anyone (a street must check applicants who are not yet its
 * residents) but gets the yes/no and decision day only — never the record, household or street, which it sees
 * through the list only for its own street. Every check is audited. ID
 * numbers are masked for roles that do not see them in full; a street sees its own street's records.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("dishonesty-records")
@Produces(MediaType.APPLICATION_JSON)
public class DishonestyResource implements RestResource {
    static final int MAX_PAGE_SIZE = 100;

    @Reference
    private DishonestyService records;
    @Reference
    private StreetDirectory streets;
    @Reference
    private PartnerAgreements agreements;

    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(DishonestyRecordRequest request) {
        requireBody(request);
        DishonestyRecord r = records.record(request, WriteContext.of(caller().name(), request.decision()));
        return Response.created(uri.getBaseUriBuilder().path("dishonesty-records").path(r.id()).build())
                .entity(r).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.AUDITOR})
    public Page<DishonestyRecord> list(@QueryParam("listed") String listed, @QueryParam("street") String street,
            @QueryParam("householdId") String householdId, @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("20") String size) {
        Caller caller = caller();
        Checks.knownStreet(streets, street);
        if (householdId != null && (householdId.isBlank() || householdId.length() > 100)) {
            throw new ValidationException("householdId", "length", "must be 1 to 100 characters");
        }
        Boolean onList = listed == null ? null : bool("listed", listed, false);
        Page<DishonestyRecord> found = records.search(new DishonestyQuery(onList, CallerViews.streetFilter(caller,
                street), householdId, integer("page", page, 0, 1_000_000), integer("size", size, 1, MAX_PAGE_SIZE)));
        return new Page<>(found.items().stream().map(r -> view(r, caller)).toList(), found.page(), found.size(),
                found.total());
    }

    /** Whether one person is on the joint-punishment list today, with the decision day only; audited. */
    @GET
    @Path("check")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.PARTNER})
    public DishonestyCheck check(@QueryParam("idNumber") String idNumber) {
        Caller caller = caller();
        if (CallerViews.partnerOnly(caller) && !agreements.mayQuery(caller.name(), PartnerAgreements.DISHONESTY_CHECK)) {
            throw new DoudiException(403, "forbidden", "partner " + caller.name() + " has no agreement to query "
                    + PartnerAgreements.DISHONESTY_CHECK + " (org.doudi.partners queries)");
        }
        if (idNumber == null || idNumber.isBlank()) {
            throw new ValidationException("idNumber", "required", "the ID number to check");
        }
        // yes/no and the decision day only (DishonestyCheck has no record id, household or street), for anyone
        return records.check(idNumber, caller.name());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.AUDITOR})
    public DishonestyRecord get(@PathParam("id") String id) {
        Caller caller = caller();
        return view(visible(id, caller), caller);
    }

    /** Records a recovered payment: 422 on {@code amount} when more than what is outstanding. */
    @POST
    @Path("{id}/recoveries")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF})
    @Consumes(MediaType.APPLICATION_JSON)
    public DishonestyRecord recovery(@PathParam("id") String id, DishonestyRecoveryRequest request) {
        Caller caller = caller();
        visible(id, caller);
        requireBody(request);
        return view(records.recordRecovery(id, request, WriteContext.of(caller.name(), request.note())), caller);
    }

    /** Lifts the listing: 409 when it was lifted already or has ended. */
    @POST
    @Path("{id}/lifting")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF})
    @Consumes(MediaType.APPLICATION_JSON)
    public DishonestyRecord lift(@PathParam("id") String id, DishonestyLiftRequest request) {
        Caller caller = caller();
        visible(id, caller);
        requireBody(request);
        return view(records.lift(id, request, WriteContext.of(caller.name(), request.reason())), caller);
    }

    private DishonestyRecord visible(String id, Caller caller) {
        return records.find(id).filter(r -> caller.maySee(r.street()))
                .orElseThrow(() -> DoudiException.notFound("dishonesty record " + id));
    }

    private static DishonestyRecord view(DishonestyRecord r, Caller caller) {
        return caller.seesFullIdNumbers() ? r : r.withIdNumber(ResidentIdNumber.mask(r.idNumber()));
    }

    private Caller caller() {
        return CallerPrincipal.of(security);
    }
}
