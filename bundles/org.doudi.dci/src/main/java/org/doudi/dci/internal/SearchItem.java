package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One item of a search request's batch, read and checked: reference, criteria compiled to a {@link Filter},
 * the entity to answer with (Group or Member), pagination and sort.
 */
record SearchItem(String referenceId, Filter filter, String queryType, String entity, int pageSize,
        int pageNumber, List<String[]> sort) {
    static final int MAX_PAGE_SIZE = 100;
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_NUMBER = 100_000;
    static final int MAX_SORT = 10;

    /** The reference id of an item, even of one that cannot be read (empty when absent). */
    static String referenceOf(JsonNode item) {
        String ref = DciJson.text(item, "reference_id");
        return ref == null ? "" : Replies.clip(ref);
    }

    /**
     * @param partnerOnly   a partner's item (idtype-value only)
     * @param fullIdNumbers whether the caller sees full ID numbers; if not, an ID number is matched by eq with a
     *                      full number only and never sorted by
     */
    static SearchItem read(JsonNode item, boolean partnerOnly, boolean fullIdNumbers) {
        String ref = DciJson.text(item, "reference_id");
        if (ref == null || ref.isBlank() || ref.length() > EnvelopeReader.MAX_ID) {
            throw new CriteriaRejection("rjct.reference_id.invalid", "reference_id is required (1 to 99 characters)");
        }
        String ts = DciJson.text(item, "timestamp");
        if (ts == null || !dateTime(ts)) {
            throw new CriteriaRejection("rjct.timestamp.invalid", "timestamp must be an ISO 8601 date-time");
        }
        JsonNode criteria = item.get("search_criteria");
        if (criteria == null || !criteria.isObject()) {
            throw new CriteriaRejection(QueryParser.INVALID, "search_criteria is required");
        }
        String queryType = DciJson.text(criteria, "query_type");
        if (partnerOnly && !"idtype-value".equals(queryType)) {
            throw new CriteriaRejection(QueryParser.INVALID, "a partner searches by identifier only (idtype-value)");
        }
        QueryParser.Parsed parsed = new QueryParser(QueryParser.INVALID, fullIdNumbers).parse(queryType, criteria.get("query"));
        String entity = DciJson.text(criteria, "response_entity");
        if (entity == null) {
            entity = parsed.collection() == null ? RecordViews.GROUP : parsed.collection();
        }
        if (!entity.equals(RecordViews.GROUP) && !entity.equals(RecordViews.MEMBER)) {
            throw new CriteriaRejection(QueryParser.INVALID, "response_entity must be Group or Member");
        }
        int size = DEFAULT_PAGE_SIZE;
        int number = 1;
        JsonNode pagination = criteria.get("pagination");
        if (pagination != null && !pagination.isNull()) {
            Integer s = within(pagination.get("page_size"), MAX_PAGE_SIZE);
            JsonNode n = pagination.get("page_number");
            Integer p = n == null ? Integer.valueOf(1) : within(n, MAX_PAGE_NUMBER);
            if (s == null || p == null) {
                throw new CriteriaRejection("rjct.pagination.invalid", "pagination.page_size must be 1 to "
                        + MAX_PAGE_SIZE + " and page_number 1 to " + MAX_PAGE_NUMBER);
            }
            size = s;
            number = p;
        }
        List<String[]> sort = sort(criteria.get("sort"));
        if (!fullIdNumbers && sort.stream().anyMatch(o -> o[0].equals(Rows.ID_NUMBER))) {
            throw new CriteriaRejection("rjct.sort.invalid", "ID numbers are masked for you: sort by another "
                    + "attribute");
        }
        return new SearchItem(ref, parsed.filter(), queryType, entity, size, number, sort);
    }

    /** The whole number {@code n} if it lies in 1..{@code max}, else null (no truncation of large numbers). */
    static Integer within(JsonNode n, int max) {
        if (n == null || !n.isNumber() || !n.canConvertToExactIntegral()) {
            return null;
        }
        BigDecimal v = n.decimalValue();
        if (v.compareTo(BigDecimal.ONE) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            return null;
        }
        return v.intValue();
    }

    private static List<String[]> sort(JsonNode sort) {
        List<String[]> out = new ArrayList<>();
        if (sort == null || sort.isNull()) {
            return out;
        }
        if (!sort.isArray() || sort.size() > MAX_SORT) {
            throw new CriteriaRejection("rjct.sort.invalid", "sort must be a list of at most " + MAX_SORT
                    + " attributes");
        }
        for (JsonNode s : sort) {
            String name = DciJson.text(s, "attribute_name");
            String order = DciJson.text(s, "sort_order");
            if (name == null || !Rows.ATTRIBUTES.contains(name) || (order != null && !order.equals("asc")
                    && !order.equals("desc"))) {
                throw new CriteriaRejection("rjct.sort.invalid", "sort needs attribute_name (one of "
                        + String.join(", ", Rows.ATTRIBUTES) + ") and sort_order asc or desc");
            }
            out.add(new String[] {name, order == null ? "asc" : order});
        }
        return out;
    }

    static boolean dateTime(String ts) {
        try {
            OffsetDateTime.parse(ts);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
