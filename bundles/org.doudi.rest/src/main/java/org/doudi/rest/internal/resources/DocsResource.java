package org.doudi.rest.internal.resources;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Roles;
import org.osgi.service.component.annotations.Component;

/**
 * {@code GET /api/docs}: the API document ({@code /api/openapi.json}) as a browsable page, Swagger UI served from
 * this bundle; {@code GET /api/docs/{id}}: the page's files, by name from a fixed list (anything else is a 404).
 * Every human role may read it, partners too: they integrate. A browser without credentials gets the Basic
 * challenge and prompts; the page's own requests then carry the same credentials.
 * <p>
 * The file name is the path parameter {@code id} (not {@code file}) because the authorization matrix test
 * fills {@code {id}} when it walks every operation of the document; an unknown name answers 404 like an
 * unknown record. A static page does not negotiate: any {@code Accept} gets the file (so an anonymous caller
 * always sees the 401, never a 406).
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("docs")
public class DocsResource implements RestResource {
    /** Swagger UI sets inline styles; scripts come from this server only, the initialiser included. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "base-uri 'self'; form-action 'none'; frame-ancestors 'none'";

    private final DocsFiles files = new DocsFiles(DocsResource.class.getClassLoader());

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER, Roles.OPERATOR})
    @Produces({MediaType.TEXT_HTML, MediaType.WILDCARD})
    public Response page(@Context UriInfo uri, @Context Request request) {
        return file(DocsFiles.INDEX, uri, request);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER, Roles.OPERATOR})
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") String id, @Context UriInfo uri, @Context Request request) {
        DocsFiles.Entry entry = DocsFiles.entry(id).orElseThrow(() -> new NotFoundException("no such file: " + id));
        DocsFiles.Content content = DocsFiles.INDEX.equals(id) ? files.index(docsPath(uri)) : files.content(entry);
        EntityTag tag = new EntityTag(content.etag());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged
                : Response.ok(content.bytes()).type(entry.contentType());
        return secured(answer.tag(tag).header("Cache-Control", entry.cacheControl())).build();
    }

    /** The page's own address with a final slash ({@code /api/docs/}), whatever the servlet context. */
    static String docsPath(UriInfo uri) {
        String base = uri.getBaseUri().getRawPath();
        return (base.endsWith("/") ? base : base + "/") + "docs/";
    }

    static Response.ResponseBuilder secured(Response.ResponseBuilder response) {
        return response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
    }
}
