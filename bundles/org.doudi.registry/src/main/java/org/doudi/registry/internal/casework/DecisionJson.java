package org.doudi.registry.internal.casework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.doudi.api.program.ProgramDecision;

/** A program's decision kept with its case, as JSON; amounts read back as exact decimals. */
final class DecisionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DecisionJson() {
    }

    static String write(ProgramDecision decision) {
        try {
            return decision == null ? null : MAPPER.writeValueAsString(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the decision", e);
        }
    }

    static ProgramDecision read(String json) {
        try {
            return json == null ? null : MAPPER.readValue(json, ProgramDecision.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable decision", e);
        }
    }
}
