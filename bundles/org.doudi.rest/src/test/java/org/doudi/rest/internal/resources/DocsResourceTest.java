package org.doudi.rest.internal.resources;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.junit.Test;

/** The documentation page serves its listed files only, each with its media type, caching and a strict CSP. */
public class DocsResourceTest {
    private final DocsResource docs = new DocsResource();

    @Test
    public void listedFilesHaveTheirMediaTypes() {
        assertEquals("application/javascript;charset=utf-8", DocsFiles.entry("swagger-ui-bundle.js").get().contentType());
        assertEquals("application/javascript;charset=utf-8", DocsFiles.entry("doudi-docs.js").get().contentType());
        assertEquals("text/css;charset=utf-8", DocsFiles.entry("swagger-ui.css").get().contentType());
        assertEquals("image/png", DocsFiles.entry("favicon-32x32.png").get().contentType());
        assertEquals("text/html;charset=utf-8", DocsFiles.entry("index.html").get().contentType());
    }

    @Test
    public void everyListedFileIsInTheBundle() {
        DocsFiles files = new DocsFiles(DocsResource.class.getClassLoader());
        DocsFiles.FILES.forEach((name, entry) -> assertTrue(name, files.content(entry).bytes().length > 0));
        String bundle = new String(files.content(DocsFiles.FILES.get("swagger-ui-bundle.js")).bytes(),
                StandardCharsets.UTF_8);
        assertTrue("Swagger UI 5", bundle.contains("SwaggerUIBundle"));
    }

    @Test
    public void pathsTraversalsEncodingsAndUnlistedFilesAreNotFound() {
        for (String name : Arrays.asList(null, "", ".", "..", "../etc/passwd", "..%2Fetc%2Fpasswd", "%2e%2e",
                "..\\..\\etc\\passwd", "/swagger-ui.css", "swagger-ui.css/", "./swagger-ui.css", "docs/index.html",
                "swagger-ui/swagger-ui.css", "SWAGGER-UI.CSS", "swagger-ui.css%00.png", "swagger-ui.css\u0000",
                "index.css", "swagger-initializer.js", "oauth2-redirect.html", "swagger-ui-bundle.js.map",
                "swagger-ui-standalone-preset.js", "DocsResource.class")) {
            assertFalse(String.valueOf(name), DocsFiles.entry(name).isPresent());
            try {
                docs.file(name, uri("http://localhost:8181/api/"), request(null));
                fail("served " + name);
            } catch (NotFoundException expected) {
                assertEquals(404, expected.getResponse().getStatus());
            }
        }
    }

    @Test
    public void aFileComesWithItsTypeCachingAndPolicy() {
        Response r = docs.file("swagger-ui-bundle.js", uri("http://localhost:8181/api/"), request(null));
        assertEquals(200, r.getStatus());
        assertEquals("application/javascript;charset=utf-8", r.getHeaderString("Content-Type"));
        assertTrue(((byte[]) r.getEntity()).length > 100_000);
        assertEquals("private, max-age=3600", r.getHeaderString("Cache-Control"));
        assertEquals("nosniff", r.getHeaderString("X-Content-Type-Options"));
        String csp = r.getHeaderString("Content-Security-Policy");
        assertTrue(csp, csp.contains("script-src 'self';"));
        assertFalse("no inline or evaluated scripts", csp.matches(".*script-src[^;]*(unsafe-inline|unsafe-eval).*"));
        assertTrue(csp, csp.contains("default-src 'none'"));
        assertNotNull(r.getEntityTag());
    }

    @Test
    public void anUnchangedFileIsNotSentAgain() {
        EntityTag tag = docs.file("swagger-ui.css", uri("http://localhost:8181/api/"), request(null)).getEntityTag();
        Response again = docs.file("swagger-ui.css", uri("http://localhost:8181/api/"), request(tag));
        assertEquals(304, again.getStatus());
        assertEquals(null, again.getEntity());
        assertEquals("private, max-age=3600", again.getHeaderString("Cache-Control"));
    }

    @Test
    public void thePageLoadsSwaggerUiFromItsOwnAddressAndHasNoInlineScript() {
        Response r = docs.page(uri("http://localhost:8181/api/"), request(null));
        assertEquals(200, r.getStatus());
        assertEquals("text/html;charset=utf-8", r.getHeaderString("Content-Type"));
        assertEquals("private, no-cache", r.getHeaderString("Cache-Control"));
        String page = new String((byte[]) r.getEntity(), StandardCharsets.UTF_8);
        assertTrue(page, page.contains("<base href=\"/api/docs/\">"));
        assertTrue(page.contains("src=\"swagger-ui-bundle.js\"") && page.contains("href=\"swagger-ui.css\""));
        assertFalse("every script has a src", Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(page).find());
        assertFalse("no event handler attributes", Pattern.compile("\\son[a-z]+=").matcher(page).find());
        for (String name : List.of("swagger-ui-bundle.js", "swagger-ui.css", "doudi-docs.js", "favicon-16x16.png")) {
            assertTrue(name + " is linked and listed", page.contains("\"" + name + "\"") && DocsFiles.entry(name).isPresent());
        }
        String init = new String(new DocsFiles(DocsResource.class.getClassLoader())
                .content(DocsFiles.entry("doudi-docs.js").get()).bytes(), StandardCharsets.UTF_8);
        assertTrue(init, init.contains("'../openapi.json'") && init.contains("credentials = 'same-origin'"));
    }

    @Test
    public void thePageFollowsTheServletContextAndEscapesIt() {
        String page = new String((byte[]) docs.file("index.html", uri("http://localhost:8181/x%22y/api"), request(null))
                .getEntity(), StandardCharsets.UTF_8);
        assertTrue(page, page.contains("<base href=\"/x%22y/api/docs/\">"));
        assertEquals("/a&quot;&lt;b&gt;/", DocsFiles.escape("/a\"<b>/"));
    }

    private static UriInfo uri(String base) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getBaseUri")) {
                        return URI.create(base);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A request whose If-None-Match is {@code known} (none when null). */
    private static Request request(EntityTag known) {
        return (Request) Proxy.newProxyInstance(Request.class.getClassLoader(), new Class<?>[] {Request.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("evaluatePreconditions") && args != null && args.length == 1
                            && args[0] instanceof EntityTag) {
                        return known != null && known.equals(args[0]) ? Response.notModified((EntityTag) args[0]) : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
