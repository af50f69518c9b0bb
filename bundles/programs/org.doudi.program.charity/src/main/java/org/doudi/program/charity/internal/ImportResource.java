package org.doudi.program.charity.internal;

import java.io.InputStream;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Roles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/programs/charity/imports?organisationId=} ({@code text/csv}, UTF-8, at most 5 MiB): the aid an
 * organisation gave (columns in {@link AidLine}), district staff only. Answers 200 with the counts and every skipped
 * line's number and reason.
 */
@Component(service = RestResource.class, property = {"osgi.jaxrs.resource=true",
    AssistanceProgram.ID_PROPERTY + "=" + CharityProgram.ID})
@Path("imports")
public class ImportResource implements RestResource {

    @Reference
    private Imports imports;

    @Context
    private SecurityContext security;

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF})
    public ImportSummary importAid(@QueryParam("organisationId") String organisationId, InputStream csv) {
        return imports.importAid(organisationId, Uploads.text(csv, Uploads.MAX_BYTES),
                Callers.write(Callers.of(security)));
    }
}
