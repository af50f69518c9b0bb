package org.doudi.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A hash of a parsed request body, to tell an idempotent retry from a different request under the same key. */
public final class RequestHashes {
    private static final ObjectMapper MAPPER = JsonMapper.create();

    private RequestHashes() {
    }

    public static String of(Object body) {
        try {
            byte[] json = MAPPER.writeValueAsBytes(body);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash request", e);
        }
    }
}
