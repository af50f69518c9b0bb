package org.doudi.program.charity.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Roles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/programs/charity/projects}: charity projects (慈善项目), which are resources on the core's resource
 * list ({@code /api/resources/{id}} shows and changes one). District staff add them; staff and auditors list them, a
 * street-level caller only those serving their street.
 */
@Component(service = RestResource.class, property = {"osgi.jaxrs.resource=true",
    AssistanceProgram.ID_PROPERTY + "=" + CharityProgram.ID})
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource implements RestResource {

    @Reference
    private Projects projects;

    @Context
    private SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF})
    public Response create(ProjectRequest request) {
        AssistanceResource r = projects.create(request, Callers.write(Callers.of(security)));
        return Response.status(Response.Status.CREATED).header("Location", "/api/resources/" + r.id()).entity(r)
                .build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public List<AssistanceResource> list(@QueryParam("organisationId") String organisationId,
            @QueryParam("street") String street, @QueryParam("available") @DefaultValue("false") String available) {
        return projects.find(organisationId, street, Fields.bool("available", available), Callers.of(security));
    }
}
