package org.doudi.rest.internal.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;

/**
 * Builds an OpenAPI 3.0 document from JAX-RS resource classes: paths, operations, parameters, request and
 * response schemas, and who may call each operation ({@code security} and {@code x-roles}).
 */
final class OpenApiBuilder {
    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final ObjectNode schemas = json.objectNode();
    private final SchemaBuilder schemaBuilder = new SchemaBuilder(schemas);

    ObjectNode build(Map<String, List<Object>> resourcesByPrefix) {
        ObjectNode doc = json.objectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Doudi (兜底) API");
        info.put("version", "1");
        info.put("description", "Household registry and social assistance. Errors are application/problem+json.");
        doc.putArray("servers").addObject().put("url", "/api");
        ObjectNode paths = doc.putObject("paths");
        new TreeMap<>(resourcesByPrefix).forEach((prefix, resources) -> resources.stream()
                .sorted(Comparator.comparing(r -> r.getClass().getName()))
                .forEach(r -> addResource(paths, prefix, r.getClass())));
        ObjectNode components = doc.putObject("components");
        components.set("schemas", schemas);
        components.putObject("securitySchemes").putObject("basicAuth").put("type", "http").put("scheme", "basic");
        return doc;
    }

    private void addResource(ObjectNode paths, String prefix, Class<?> type) {
        Path base = type.getAnnotation(Path.class);
        if (base == null) {
            return;
        }
        Method[] methods = type.getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method m : methods) {
            String verb = httpMethod(m);
            if (verb == null) {
                continue;
            }
            Path sub = m.getAnnotation(Path.class);
            String path = join(join(trim(prefix), trim(base.value())), sub == null ? "" : trim(sub.value()));
            ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
            ObjectNode op = operation(prefix, type, m);
            ObjectNode earlier = (ObjectNode) item.get(verb.toLowerCase());
            if (earlier != null && earlier.has("requestBody") && op.has("requestBody")) {
                // one operation consuming several media types (a CSV and a JSON method on the same path)
                ((ObjectNode) earlier.get("requestBody").get("content")).setAll(
                        (ObjectNode) op.get("requestBody").get("content"));
            } else {
                item.set(verb.toLowerCase(), op);
            }
        }
    }

    private ObjectNode operation(String prefix, Class<?> type, Method m) {
        ObjectNode op = json.objectNode();
        String scope = trim(prefix).isEmpty() ? "" : trim(prefix).replace('/', '.') + ".";
        op.put("operationId", scope + type.getSimpleName().replace("Resource", "") + "." + m.getName());
        op.putArray("tags").add(scope.isEmpty() ? type.getSimpleName().replace("Resource", "") : trim(prefix));
        ArrayNode params = json.arrayNode();
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(Context.class)) {
                continue;
            }
            String in = null;
            String name = null;
            for (Annotation a : p.getAnnotations()) {
                if (a instanceof PathParam) {
                    in = "path";
                    name = ((PathParam) a).value();
                } else if (a instanceof QueryParam) {
                    in = "query";
                    name = ((QueryParam) a).value();
                } else if (a instanceof HeaderParam) {
                    in = "header";
                    name = ((HeaderParam) a).value();
                }
            }
            if (in == null) {
                ObjectNode body = op.putObject("requestBody");
                body.put("required", true);
                String media = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class).value()[0]
                        : "application/json";
                body.putObject("content").putObject(media).set("schema", schemaBuilder.schema(p.getParameterizedType()));
            } else {
                ObjectNode param = params.addObject();
                param.put("name", name);
                param.put("in", in);
                param.put("required", "path".equals(in));
                param.set("schema", schemaBuilder.schema(p.getParameterizedType()));
            }
        }
        if (params.size() > 0) {
            op.set("parameters", params);
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject("default");
        ok.put("description", "success, or a problem JSON");
        String media = m.isAnnotationPresent(Produces.class) ? m.getAnnotation(Produces.class).value()[0]
                : "application/json";
        if (m.getReturnType() != Response.class && m.getReturnType() != void.class) {
            ok.putObject("content").putObject(media).set("schema", schemaBuilder.schema(m.getGenericReturnType()));
        } else if (!media.startsWith("application/json")) {
            ok.putObject("content").putObject(media).putObject("schema").put("type", "string");
        }
        if (m.isAnnotationPresent(PermitAll.class)) {
            op.putArray("security");
            op.putArray("x-roles").add("*");
        } else {
            op.putArray("security").addObject().putArray("basicAuth");
            RolesAllowed roles = m.isAnnotationPresent(RolesAllowed.class) ? m.getAnnotation(RolesAllowed.class)
                    : type.getAnnotation(RolesAllowed.class);
            ArrayNode xr = op.putArray("x-roles");
            if (roles != null) {
                Arrays.stream(roles.value()).forEach(xr::add);
            }
        }
        return op;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        String joined = trim(a) + (trim(a).isEmpty() || trim(b).isEmpty() ? "" : "/") + trim(b);
        return "/" + trim(joined);
    }

    private static String trim(String p) {
        String s = p.startsWith("/") ? p.substring(1) : p;
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
