package org.doudi.rest.internal.resources;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.doudi.api.Street;
import org.doudi.api.StreetDirectory;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Roles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/streets}: the district's streets and towns with their ids and Chinese names. */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("streets")
public class StreetResource implements RestResource {

    @Reference
    private StreetDirectory streets;

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.PARTNER,
        Roles.OPERATOR})
    @Produces(MediaType.APPLICATION_JSON)
    public List<Street> list() {
        return streets.streets();
    }
}
