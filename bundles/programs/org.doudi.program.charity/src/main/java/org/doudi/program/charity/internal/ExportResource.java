package org.doudi.program.charity.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Roles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/programs/charity/exports?organisationId=&street=}: the consenting assisted people for an
 * organisation as CSV (columns in {@link ExportRow}), district staff only. Headers say what the body cannot:
 * {@code X-Doudi-Withheld-Without-Consent} (people left out for want of consent), {@code X-Doudi-Export-Id} (the
 * audit record), {@code X-Doudi-Export-Rows} and {@code X-Doudi-Export-Sha256}.
 */
@Component(service = RestResource.class, property = {"osgi.jaxrs.resource=true",
    AssistanceProgram.ID_PROPERTY + "=" + CharityProgram.ID})
@Path("exports")
public class ExportResource implements RestResource {
    static final String CSV = "text/csv; charset=UTF-8";

    @Reference
    private Exports exports;

    @Context
    private SecurityContext security;

    @GET
    @Produces(CSV)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF})
    public Response export(@QueryParam("organisationId") String organisationId, @QueryParam("street") String street) {
        ExportFile f = exports.export(organisationId, street, Callers.write(Callers.of(security)));
        return Response.ok(f.csv(), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + f.fileName() + "\"")
                .header("X-Doudi-Withheld-Without-Consent", f.withheldWithoutConsent())
                .header("X-Doudi-Export-Id", f.id())
                .header("X-Doudi-Export-Rows", f.rows())
                .header("X-Doudi-Export-Sha256", f.sha256())
                .build();
    }
}
