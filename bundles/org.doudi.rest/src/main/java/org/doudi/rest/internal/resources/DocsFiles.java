package org.doudi.rest.internal.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.doudi.api.Digests;

/**
 * The files of the API documentation page: a fixed list of names, each mapped to a resource inside this bundle
 * (our page and initialiser under {@code docs/}, Swagger UI's distribution under {@code swagger-ui/}, unpacked
 * from the {@code org.webjars:swagger-ui} webjar at build time). A name that is not on the list is not served:
 * no path is ever built from what the client sent.
 */
final class DocsFiles {
    static final String INDEX = "index.html";
    private static final String HTML = "text/html;charset=utf-8";
    private static final String JS = "application/javascript;charset=utf-8";
    private static final String CSS = "text/css;charset=utf-8";
    private static final String PNG = "image/png";
    private static final String TEXT = "text/plain;charset=utf-8";
    /** Our own files change with a Doudi release: always revalidate. */
    private static final String REVALIDATE = "private, no-cache";
    /** Swagger UI's files change only with its version; their names carry none, so an upgrade shows within the hour. */
    private static final String HOUR = "private, max-age=3600";

    /** A servable file: where it lives in the bundle, its media type and how long a browser may keep it. */
    record Entry(String resource, String contentType, String cacheControl) {
    }

    /** A file's bytes with their entity tag. */
    record Content(byte[] bytes, String etag) {
    }

    static final Map<String, Entry> FILES = Map.of(
            INDEX, new Entry("docs/index.html", HTML, REVALIDATE),
            "doudi-docs.js", new Entry("docs/doudi-docs.js", JS, REVALIDATE),
            "swagger-ui-bundle.js", new Entry("swagger-ui/swagger-ui-bundle.js", JS, HOUR),
            "swagger-ui.css", new Entry("swagger-ui/swagger-ui.css", CSS, HOUR),
            "favicon-16x16.png", new Entry("swagger-ui/favicon-16x16.png", PNG, HOUR),
            "favicon-32x32.png", new Entry("swagger-ui/favicon-32x32.png", PNG, HOUR),
            "swagger-ui-bundle.js.LICENSE.txt", new Entry("swagger-ui/swagger-ui-bundle.js.LICENSE.txt", TEXT, HOUR));

    private final ClassLoader loader;
    private final Map<String, Content> loaded = new ConcurrentHashMap<>();

    DocsFiles(ClassLoader loader) {
        this.loader = loader;
    }

    /** The entry for a requested file name, or empty for anything not on the list (paths, dots, encodings, case). */
    static Optional<Entry> entry(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(FILES.get(name));
    }

    /** The bundle's bytes of a listed file, read once; a listed file missing from the bundle is a build defect. */
    Content content(Entry entry) {
        return loaded.computeIfAbsent(entry.resource(), r -> {
            try (InputStream in = loader.getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("the bundle lacks " + r + ": was swagger-ui unpacked at build?");
                }
                return withEtag(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The page, with the address it is served under, so its relative links work with and without a final slash. */
    Content index(String docsPath) {
        String page = new String(content(FILES.get(INDEX)).bytes(), StandardCharsets.UTF_8)
                .replace("{{base}}", escape(docsPath));
        return withEtag(page.getBytes(StandardCharsets.UTF_8));
    }

    static Content withEtag(byte[] bytes) {
        return new Content(bytes, Digests.sha256(bytes).substring(0, 32));
    }

    static String escape(String attribute) {
        return attribute.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;");
    }
}
