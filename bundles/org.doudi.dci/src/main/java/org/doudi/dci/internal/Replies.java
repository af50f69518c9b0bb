package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * The envelopes the registry answers with: the acknowledgement (ACK / ERR) of the asynchronous endpoints, and the
 * callback envelope (MsgCallbackHeader_V1.0.0 + message) of the synchronous answers and of every callback.
 */
final class Replies {
    /** Our sender id in callback headers. */
    static final String REGISTRY_ID = "doudi.social-registry";
    static final int MAX_TEXT = 999;

    private Replies() {
    }

    static Response ack(String correlationId, Instant now) {
        ObjectNode message = DciJson.object().put("ack_status", "ACK").put("timestamp", DciJson.timestamp(now))
                .put("correlation_id", correlationId);
        return json(200, wrap(message));
    }

    static Response err(DciRejection r, Instant now) {
        ObjectNode message = DciJson.object().put("ack_status", "ERR").put("timestamp", DciJson.timestamp(now));
        message.putObject("error").put("code", r.errorCode).put("message", clip(r.getMessage()));
        message.put("correlation_id", newId());
        return json(r.httpStatus, wrap(message));
    }

    /**
     * A callback header answering {@code request} (null when the request could not be read).
     *
     * @param status rcvd, pdng, succ or rjct
     */
    static ObjectNode callbackHeader(Envelope request, String action, String status, Instant now) {
        ObjectNode h = DciJson.object().put("version", EnvelopeReader.VERSION).put("message_id", newId())
                .put("message_ts", DciJson.timestamp(now)).put("action", action).put("status", status)
                .put("sender_id", REGISTRY_ID).put("total_count", 0);
        if (request != null) {
            h.put("receiver_id", request.senderId());
            h.putObject("meta").put("in_reply_to", request.messageId());
        }
        return h;
    }

    /** A rejected synchronous answer: the header says why, there is no message. */
    static Response rejected(Envelope request, String action, DciRejection r, Instant now) {
        ObjectNode h = callbackHeader(request, action, "rjct", now);
        if (r.headerReason != null) {
            h.put("status_reason_code", r.headerReason);
        }
        h.put("status_reason_message", clip(r.getMessage()));
        return json(r.httpStatus, DciJson.object().set("header", h));
    }

    static ObjectNode envelope(ObjectNode header, JsonNode message) {
        ObjectNode e = DciJson.object();
        e.set("header", header);
        e.set("message", message);
        return e;
    }

    /** The spec's HTTP-layer error body (401, 403, 500). */
    static Response httpError(int status, String code, String text) {
        ObjectNode body = DciJson.object();
        body.putArray("errors").addObject().put("code", code).put("message", clip(text));
        return json(status, body);
    }

    static Response json(int status, JsonNode body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(DciJson.write(body)).build();
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static String clip(String text) {
        String t = text == null ? "" : text;
        return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
    }

    private static ObjectNode wrap(ObjectNode message) {
        ObjectNode root = DciJson.object();
        root.set("message", message);
        return root;
    }
}
