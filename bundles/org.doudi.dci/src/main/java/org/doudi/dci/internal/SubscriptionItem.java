package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One item of a subscribe request, read and checked: the event (one of {@link #EVENTS}), the filter (any of the
 * three query types, compiled by {@link QueryParser}) and the record type to notify (Group, Member or
 * Beneficiary; by default the event's natural one).
 */
record SubscriptionItem(String referenceId, String eventType, String filterType, JsonNode filter,
        Filter compiled, String recordType) {
    static final String REGISTER = "REGISTER";
    static final String NEW_MEMBER = "NewHouseHoldMember";
    static final String ENROLMENT = "EnrolmentStatusChange";
    static final String DEATH = "DEATH_REGISTERED";
    /** The events a partner may subscribe to. */
    static final List<String> EVENTS = List.of(REGISTER, NEW_MEMBER, ENROLMENT, DEATH);
    private static final Map<String, String> DEFAULT_RECORD = Map.of(REGISTER, RecordViews.GROUP, NEW_MEMBER,
            RecordViews.MEMBER, ENROLMENT, RecordViews.BENEFICIARY, DEATH, RecordViews.MEMBER);
    static final String INVALID = "rjct.notify_details.invalid";

    /** @param fullIdNumbers whether the caller sees full ID numbers ({@code Caller#seesFullIdNumbers}) */
    static SubscriptionItem read(JsonNode item, boolean partnerOnly, boolean fullIdNumbers) {
        String ref = DciJson.text(item, "reference_id");
        if (ref == null || ref.isBlank() || ref.length() > EnvelopeReader.MAX_ID) {
            throw new CriteriaRejection("rjct.reference_id.invalid", "reference_id is required (1 to 99 characters)");
        }
        String ts = DciJson.text(item, "timestamp");
        if (ts == null || !SearchItem.dateTime(ts)) {
            throw new CriteriaRejection("rjct.timestamp.invalid", "timestamp must be an ISO 8601 date-time");
        }
        JsonNode criteria = item.get("subscribe_criteria");
        if (criteria == null || !criteria.isObject()) {
            throw new CriteriaRejection(INVALID, "subscribe_criteria is required");
        }
        String event = DciJson.text(criteria, "reg_event_type");
        if (event == null || !EVENTS.contains(event)) {
            throw new CriteriaRejection("rjct.notify_types.invalid", "reg_event_type must be one of "
                    + String.join(", ", EVENTS));
        }
        JsonNode filter = criteria.get("filter");
        String filterType = DciJson.text(criteria, "filter_type");
        if (filterType == null && filter != null) {
            filterType = filter.isArray() ? "predicate" : filter.path("value").has("expression") ? "expression"
                    : "idtype-value";
        }
        if (partnerOnly && !"idtype-value".equals(filterType)) {
            throw new CriteriaRejection(INVALID, "a partner subscribes to one person or household (idtype-value)");
        }
        Filter compiled = new QueryParser(INVALID, fullIdNumbers).parse(filterType, filter).filter();
        String recordType = DciJson.text(criteria, "notify_record_type");
        if (recordType == null) {
            recordType = DEFAULT_RECORD.get(event);
        }
        if (!List.of(RecordViews.GROUP, RecordViews.MEMBER, RecordViews.BENEFICIARY).contains(recordType)) {
            throw new CriteriaRejection(INVALID, "notify_record_type must be Group, Member or Beneficiary");
        }
        return new SubscriptionItem(ref, event, filterType, filter, compiled, recordType);
    }
}
