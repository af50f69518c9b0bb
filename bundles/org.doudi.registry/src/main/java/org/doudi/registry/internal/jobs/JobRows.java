package org.doudi.registry.internal.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Conversions between job fields and their columns. */
final class JobRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JobRows() {
    }

    static String json(Map<String, ?> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> strings(String json) {
        try {
            return json == null ? new LinkedHashMap<>() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable job column: " + json, e);
        }
    }

    static Map<String, Long> longs(String json) {
        try {
            return json == null ? new LinkedHashMap<>() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, Long>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable job column: " + json, e);
        }
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
