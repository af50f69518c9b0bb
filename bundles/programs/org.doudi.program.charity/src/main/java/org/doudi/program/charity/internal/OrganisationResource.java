package org.doudi.program.charity.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Roles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/programs/charity/organisations}: the charity organisations (慈善组织). District staff register them;
 * every staff role and auditors read them (they hold no personal data). Partners have no access.
 */
@Component(service = RestResource.class, property = {"osgi.jaxrs.resource=true",
    AssistanceProgram.ID_PROPERTY + "=" + CharityProgram.ID})
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource implements RestResource {

    @Reference
    private Organisations organisations;

    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF})
    public Response register(OrganisationRequest request) {
        Organisation o = organisations.register(request, Callers.write(Callers.of(security)));
        return Response.created(uri.getAbsolutePathBuilder().path(o.id()).build()).entity(o).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public List<Organisation> list() {
        return organisations.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Organisation get(@PathParam("id") String id) {
        return organisations.get(id);
    }
}
