package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads and checks a request envelope: JSON, a header with the spec's required fields (message_id, message_ts,
 * action, sender_id, total_count), version 1.0.0, the action this endpoint serves, an unencrypted message with
 * a transaction_id. Anything else is a {@link DciRejection} with the spec's codes.
 */
final class EnvelopeReader {
    static final String VERSION = "1.0.0";
    static final int MAX_ID = 99;
    /** Items (searches, subscriptions) one envelope may carry. */
    static final int MAX_ITEMS = 10;

    private EnvelopeReader() {
    }

    static Envelope read(String body, String expectedAction) {
        if (body == null || body.isBlank()) {
            throw DciRejection.badRequest("the body is empty; a DCI envelope (signature, header, message) is expected");
        }
        JsonNode root = DciJson.parse(body);
        if (!root.isObject()) {
            throw DciRejection.badRequest("the body must be a JSON object with header and message");
        }
        JsonNode header = root.get("header");
        if (header == null || !header.isObject()) {
            throw DciRejection.badRequest("header is required and must be an object");
        }
        ObjectNode h = (ObjectNode) header;
        String version = DciJson.text(h, "version");
        if (version != null && !VERSION.equals(version)) {
            throw new DciRejection("err.version.not_supported", "rjct.version.invalid", 400,
                    "version " + version + " is not supported; use " + VERSION);
        }
        String messageId = DciJson.text(h, "message_id");
        if (messageId == null || messageId.isBlank() || messageId.length() > MAX_ID) {
            throw DciRejection.badRequest("header.message_id is required (1 to " + MAX_ID + " characters)");
        }
        String ts = DciJson.text(h, "message_ts");
        if (ts == null || !isDateTime(ts)) {
            throw DciRejection.header("rjct.message_ts.invalid", "header.message_ts must be an ISO 8601 date-time "
                    + "with an offset, e.g. 2025-01-29T10:00:00+08:00");
        }
        String action = DciJson.text(h, "action");
        if (action == null) {
            throw DciRejection.header("rjct.action.invalid", "header.action is required");
        }
        if (!expectedAction.equals(action)) {
            throw DciRejection.header("rjct.action.not_supported", "header.action must be '" + expectedAction
                    + "' at this endpoint, not '" + action + "'");
        }
        String sender = DciJson.text(h, "sender_id");
        if (sender == null || sender.isBlank() || sender.length() > MAX_ID) {
            throw new DciRejection("err.sender_id.invalid", null, 400, "header.sender_id is required");
        }
        JsonNode total = h.get("total_count");
        if (total == null || !total.canConvertToInt() || !total.isIntegralNumber() || total.asInt() < 0) {
            throw DciRejection.header("rjct.total_count.invalid", "header.total_count must be a whole number");
        }
        if (h.path("is_msg_encrypted").asBoolean(false)) {
            throw new DciRejection("err.encryption.invalid", null, 400, "encrypted messages are not supported");
        }
        JsonNode signature = root.get("signature");
        if (signature != null && !signature.isNull() && !signature.isTextual()) {
            throw new DciRejection("err.signature.invalid", null, 400, "signature must be a string");
        }
        JsonNode message = root.get("message");
        if (message == null || !message.isObject()) {
            throw DciRejection.badRequest("message is required and must be an object");
        }
        String txn = DciJson.text(message, "transaction_id");
        if (txn == null || txn.isBlank() || txn.length() > MAX_ID) {
            throw DciRejection.badRequest("message.transaction_id is required (1 to " + MAX_ID + " characters)");
        }
        return new Envelope(signature == null || signature.isNull() ? null : signature.asText(), h, message);
    }

    /**
     * The non-empty list {@code field} of the message, of at most {@link #MAX_ITEMS} items, or a rejection
     * ({@code rjct.total_count.limit_exceeded} for too many).
     */
    static JsonNode items(Envelope e, String field) {
        JsonNode items = e.message().get(field);
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw DciRejection.badRequest("message." + field + " must be a non-empty list");
        }
        if (items.size() > MAX_ITEMS) {
            throw DciRejection.header("rjct.total_count.limit_exceeded", "message." + field + " holds "
                    + items.size() + " items; at most " + MAX_ITEMS + " per envelope");
        }
        return items;
    }

    /**
     * The syntax of a callback address: http or https with a host, or a rejection. Whether the account may use
     * it is {@link CallbackPolicy#check}'s decision, made before any endpoint runs.
     */
    static String callbackUri(String uri) {
        if (uri == null || uri.isBlank()) {
            throw new DciRejection("err.sender_uri.invalid", null, 400,
                    "header.sender_uri is required for an asynchronous request");
        }
        try {
            java.net.URI u = java.net.URI.create(uri);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new DciRejection("err.sender_uri.invalid", null, 400, "header.sender_uri must be http or https");
            }
            return u.toString();
        } catch (IllegalArgumentException e) {
            throw new DciRejection("err.sender_uri.invalid", null, 400, "header.sender_uri is not a URI");
        }
    }

    private static boolean isDateTime(String ts) {
        try {
            OffsetDateTime.parse(ts);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
