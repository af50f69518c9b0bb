package org.doudi.registry.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.doudi.api.registry.Household;

/** Households as JSON for the audit trail: the stored fields, in the API's own shape. */
public final class Snapshots {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Snapshots() {
    }

    static String write(Household h) {
        try {
            return MAPPER.writeValueAsString(h);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise household " + h.id(), e);
        }
    }

    /** Any value as JSON (for audit payloads). */
    public static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise audit payload", e);
        }
    }

    static Household read(String json) {
        try {
            return MAPPER.readValue(json, Household.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable household snapshot", e);
        }
    }
}
