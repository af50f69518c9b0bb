package org.doudi.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** DCI request envelopes as a partner system builds them (signature, header, message). */
final class DciEnvelopes {
    static final String SENDER = "spmis.partner.test";

    private DciEnvelopes() {
    }

    static String now() {
        // always with seconds (OffsetDateTime.toString drops ":00", which RFC 3339 does not allow)
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    static ObjectNode envelope(String action, String senderUri, ObjectNode message, int totalCount) {
        ObjectNode e = Http.JSON.createObjectNode();
        e.put("signature", "Signature: namespace=\"spdci\", kidId=\"" + SENDER + "|k1|ed25519\"");
        ObjectNode h = e.putObject("header").put("version", "1.0.0").put("message_id", id())
                .put("message_ts", now()).put("action", action).put("sender_id", SENDER);
        if (senderUri != null) {
            h.put("sender_uri", senderUri);
        }
        h.put("receiver_id", "doudi.social-registry").put("total_count", totalCount).put("is_msg_encrypted", false);
        e.set("message", message);
        return e;
    }

    static ObjectNode idTypeValue(String type, String value) {
        return Http.JSON.createObjectNode().put("type", type).put("value", value);
    }

    static ObjectNode predicate(String attribute, String operator, Object value) {
        ObjectNode item = Http.JSON.createObjectNode().put("seq_num", 1);
        ObjectNode e = item.putObject("expression1").put("attribute_name", attribute).put("operator", operator);
        e.set("attribute_value", Http.JSON.valueToTree(value));
        return item;
    }

    static ObjectNode criteria(String queryType, JsonNode query, String entity, int pageSize, int pageNumber) {
        ObjectNode c = Http.JSON.createObjectNode().put("version", "1.0.0").put("reg_event_type", "REGISTER")
                .put("query_type", queryType);
        if (entity != null) {
            c.put("response_entity", entity);
        }
        c.set("query", query);
        c.putObject("pagination").put("page_size", pageSize).put("page_number", pageNumber);
        return c;
    }

    static ObjectNode search(String transactionId, ObjectNode... criteria) {
        ObjectNode m = Http.JSON.createObjectNode().put("transaction_id", transactionId);
        ArrayNode items = m.putArray("search_request");
        int n = 0;
        for (ObjectNode c : criteria) {
            ObjectNode item = items.addObject().put("reference_id", transactionId + "-" + (++n))
                    .put("timestamp", now());
            item.set("search_criteria", c);
        }
        return m;
    }

    static ObjectNode subscribe(String transactionId, String eventType, JsonNode filter, String recordType) {
        ObjectNode m = Http.JSON.createObjectNode().put("transaction_id", transactionId);
        ObjectNode item = m.putArray("subscribe_request").addObject().put("reference_id", transactionId + "-1")
                .put("timestamp", now());
        ObjectNode c = item.putObject("subscribe_criteria").put("version", "1.0.0").put("reg_event_type", eventType)
                .put("filter_type", "idtype-value");
        c.set("filter", filter);
        c.put("notify_record_type", recordType);
        return m;
    }

    /** As the registry-core schema spells it: {@code timestamp} and {@code sunscription_codes}. */
    static ObjectNode unsubscribe(String transactionId, String... codes) {
        ObjectNode m = Http.JSON.createObjectNode().put("transaction_id", transactionId).put("timestamp", now());
        ArrayNode list = m.putArray("sunscription_codes");
        for (String c : codes) {
            list.add(c);
        }
        return m;
    }

    static ObjectNode txnStatus(String transactionId, String txnType, String attributeType, JsonNode value) {
        ObjectNode m = Http.JSON.createObjectNode().put("transaction_id", transactionId);
        ObjectNode r = m.putObject("txnstatus_request").put("reference_id", id()).put("txn_type", txnType)
                .put("attribute_type", attributeType);
        r.set("attribute_value", value);
        return m;
    }
}
