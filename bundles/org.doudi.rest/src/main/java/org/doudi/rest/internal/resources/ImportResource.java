package org.doudi.rest.internal.resources;

import java.io.InputStream;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.monitoring.HouseholdImportService;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.CallerPrincipal;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Bulk import of the registry ({@code POST /api/imports/households}, {@code text/csv}): the file is stored and
 * a background job imports it; the answer is {@code 202} with the job id.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource implements RestResource {
    static final String CSV = "text/csv";

    @Reference
    private HouseholdImportService imports;

    @Context
    private SecurityContext security;

    @POST
    @Path("households")
    @Consumes(CSV)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF})
    public Response importHouseholds(@QueryParam("fileName") String fileName, @QueryParam("reason") String reason,
            InputStream csv) {
        Caller caller = CallerPrincipal.of(security);
        Uploads.checkName("fileName", fileName);
        if (reason != null && reason.length() > 500) {
            throw new ValidationException("reason", "length", "must be at most 500 characters");
        }
        return JobAccepted.of(imports.importHouseholds(csv, fileName, WriteContext.of(caller.name(), reason)));
    }
}
