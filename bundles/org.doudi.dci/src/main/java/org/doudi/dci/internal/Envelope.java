package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A DCI request as received: signature, header and message (the spec's three parts).
 *
 * @param signature the sender's signature, or null
 * @param header    the header (MsgHeader_V1.0.0), checked
 * @param message   the message object
 */
record Envelope(String signature, ObjectNode header, JsonNode message) {

    String messageId() {
        return DciJson.text(header, "message_id");
    }

    String senderId() {
        return DciJson.text(header, "sender_id");
    }

    String senderUri() {
        return DciJson.text(header, "sender_uri");
    }

    String receiverId() {
        return DciJson.text(header, "receiver_id");
    }

    String transactionId() {
        return DciJson.text(message, "transaction_id");
    }

    /** An entry of the header's {@code meta} object (our extension point), or null. */
    String meta(String name) {
        return DciJson.text(header.get("meta"), name);
    }
}
