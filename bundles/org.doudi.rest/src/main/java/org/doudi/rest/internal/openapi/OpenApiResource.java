package org.doudi.rest.internal.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.doudi.api.security.Roles;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3 document of everything published right now, built from the
 * resources' JAX-RS annotations, so an installed program's endpoints appear and a withdrawn one's vanish.
 */
@Path("openapi.json")
public class OpenApiResource {
    private final ObjectNode document;

    public OpenApiResource(List<Object> resources) {
        this.document = new OpenApiBuilder().build(resources);
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.PARTNER,
        Roles.OPERATOR})
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode document() {
        return document;
    }
}
