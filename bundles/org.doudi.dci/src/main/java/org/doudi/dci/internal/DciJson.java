package org.doudi.dci.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.doudi.api.DoudiClock;

/** The DCI bundle's own JSON handling: envelopes are parsed and written here, not by the core's provider. */
final class DciJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private DciJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** ISO 8601 with the Asia/Shanghai offset, as the spec's DateTime asks. */
    static String timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MILLIS), DoudiClock.ZONE)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw DciRejection.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A text field, or null when absent, null or not text. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }
}
