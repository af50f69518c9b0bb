package org.doudi.rest.internal.resources;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.StreetDirectory;
import org.doudi.api.casework.CircleReport;
import org.doudi.api.casework.CircleService;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reports ({@code /api/reports}): the four circles counted per street (SPEC §4). A street-level caller sees
 * their own street only.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource implements RestResource {

    @Reference
    private CircleService circles;
    @Reference
    private StreetDirectory streets;

    @Context
    private SecurityContext security;

    @GET
    @Path("circles")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public CircleReport circles(@QueryParam("street") String street) {
        Checks.knownStreet(streets, street);
        return circles.report(CallerViews.streetFilter(CallerPrincipal.of(security), street));
    }
}
