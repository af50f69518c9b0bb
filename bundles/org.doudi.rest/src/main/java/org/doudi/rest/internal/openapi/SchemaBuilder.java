package org.doudi.rest.internal.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;

/** JSON schemas of the API's records, enums and scalars, registered once each under components/schemas. */
final class SchemaBuilder {
    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final ObjectNode schemas;

    SchemaBuilder(ObjectNode schemas) {
        this.schemas = schemas;
    }

    ObjectNode schema(Type type) {
        if (type instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) type;
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = json.objectNode().put("type", "array");
                array.set("items", schema(p.getActualTypeArguments()[0]));
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                return json.objectNode().put("type", "object");
            }
            if (raw.isRecord()) {
                return record(raw, p.getActualTypeArguments(),
                        raw.getSimpleName() + "Of" + simpleName(p.getActualTypeArguments()[0]));
            }
            return schema(raw);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return json.objectNode().put("type", "string");
        }
        if (c == BigDecimal.class) {
            return json.objectNode().put("type", "number");
        }
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            return json.objectNode().put("type", "integer").put("format", c == Integer.class || c == int.class
                    ? "int32" : "int64");
        }
        if (c == Boolean.class || c == boolean.class) {
            return json.objectNode().put("type", "boolean");
        }
        if (c == LocalDate.class) {
            return json.objectNode().put("type", "string").put("format", "date");
        }
        if (c == YearMonth.class) {
            return json.objectNode().put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}$");
        }
        if (c == Instant.class) {
            return json.objectNode().put("type", "string").put("format", "date-time");
        }
        if (c.isEnum()) {
            ObjectNode e = json.objectNode().put("type", "string");
            for (Object v : c.getEnumConstants()) {
                e.withArray("enum").add(v.toString());
            }
            return e;
        }
        if (c.isRecord()) {
            return record(c, new Type[0], c.getSimpleName());
        }
        return json.objectNode().put("type", "object");
    }

    private ObjectNode record(Class<?> c, Type[] typeArgs, String name) {
        if (!schemas.has(name)) {
            ObjectNode s = schemas.putObject(name);
            s.put("type", "object");
            s.put("additionalProperties", false);
            ObjectNode props = s.putObject("properties");
            for (RecordComponent rc : c.getRecordComponents()) {
                Type t = rc.getGenericType();
                if (!(t instanceof Class) && !(t instanceof ParameterizedType) && typeArgs.length > 0) {
                    t = typeArgs[0];
                } else if (t instanceof ParameterizedType && typeArgs.length > 0
                        && !(((ParameterizedType) t).getActualTypeArguments()[0] instanceof Class)
                        && !(((ParameterizedType) t).getActualTypeArguments()[0] instanceof ParameterizedType)) {
                    ObjectNode array = json.objectNode().put("type", "array");
                    array.set("items", schema(typeArgs[0]));
                    props.set(rc.getName(), array);
                    continue;
                }
                ObjectNode prop = schema(t);
                JsonProperty jp = rc.getAccessor().getAnnotation(JsonProperty.class);
                if (jp == null) {
                    jp = fieldAnnotation(c, rc.getName());
                }
                if (jp != null && jp.access() == JsonProperty.Access.WRITE_ONLY) {
                    prop = prop.deepCopy().put("writeOnly", true);
                }
                props.set(rc.getName(), prop);
            }
        }
        return json.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    private static JsonProperty fieldAnnotation(Class<?> c, String name) {
        try {
            return c.getDeclaredField(name).getAnnotation(JsonProperty.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static String simpleName(Type t) {
        return t instanceof Class ? ((Class<?>) t).getSimpleName()
                : t instanceof ParameterizedType ? ((Class<?>) ((ParameterizedType) t).getRawType()).getSimpleName() : "T";
    }
}
