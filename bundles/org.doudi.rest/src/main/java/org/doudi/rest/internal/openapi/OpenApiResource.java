package org.doudi.rest.internal.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
    private final Supplier<ObjectNode> document;

    public OpenApiResource(Supplier<ObjectNode> document) {
        this.document = document;
    }

    /** The document of resources published under each address prefix ("" for the core server). */
    public static ObjectNode build(Map<String, List<Object>> resourcesByPrefix) {
        return new OpenApiBuilder().build(resourcesByPrefix);
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.PARTNER,
        Roles.OPERATOR})
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode document() {
        return document.get();
    }
}
