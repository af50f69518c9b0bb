package org.doudi.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.doudi.api.Digests;

/** A hash of a parsed request body, to tell an idempotent retry from a different request under the same key. */
public final class RequestHashes {
    private static final ObjectMapper MAPPER = JsonMapper.create();

    private RequestHashes() {
    }

    public static String of(Object body) {
        try {
            return Digests.sha256(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot hash request", e);
        }
    }
}
