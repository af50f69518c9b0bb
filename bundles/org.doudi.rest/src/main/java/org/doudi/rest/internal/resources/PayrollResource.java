package org.doudi.rest.internal.resources;

import java.time.YearMonth;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.StreetDirectory;
import org.doudi.api.casework.EnrolmentService;
import org.doudi.api.casework.Payroll;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import org.doudi.rest.internal.RequestValues;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/payroll}: the payment roll (发放名册) of a month, for one program and street or all, with totals;
 * a street-level user gets their own street's roll only. Accounts are masked.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("payroll")
@Produces(MediaType.APPLICATION_JSON)
public class PayrollResource implements RestResource {

    @Reference
    private EnrolmentService enrolments;
    @Reference
    private StreetDirectory streets;

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.AUDITOR})
    public Payroll roll(@QueryParam("programId") String programId, @QueryParam("month") String month,
            @QueryParam("street") String street) {
        YearMonth m = RequestValues.month("month", month);
        Checks.programId(programId);
        Checks.knownStreet(streets, street);
        return enrolments.payroll(programId, m, CallerViews.streetFilter(CallerPrincipal.of(security), street));
    }
}
