package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.doudi.api.Page;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdQuery;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.Member;
import org.doudi.api.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a search request's items against the household registry for one caller: street-level callers see their
 * street only, ID numbers are masked unless the role needs them, and a partner's reads are logged. An item that
 * cannot be run is answered {@code rjct} with the spec's reason code; the other items go on.
 */
final class RegistrySearch {
    /** Households one search may examine; a query needing more is refused as too broad. */
    static final int MAX_SCAN = 5000;
    static final String REG_TYPE = "ns:doudi:RegistryType:Social";
    static final String PARTNER_READ = "DCI registry search by a partner";
    private static final int SCAN_PAGE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(RegistrySearch.class);

    private final HouseholdService households;

    RegistrySearch(HouseholdService households) {
        this.households = households;
    }

    /** The SearchResponse message answering {@code request}'s message. */
    ObjectNode respond(Envelope request, String correlationId, Caller caller, LocalDate today, Instant now) {
        JsonNode items = EnvelopeReader.items(request, "search_request");
        ObjectNode response = DciJson.object().put("transaction_id", request.transactionId())
                .put("correlation_id", correlationId);
        ArrayNode out = response.putArray("search_response");
        for (JsonNode item : items) {
            out.add(one(item, caller, today, now));
        }
        return response;
    }

    /** The pending answer of an asynchronous search: each reference id with status pdng. */
    static ObjectNode pending(Envelope request, String correlationId, Instant now) {
        ObjectNode response = DciJson.object().put("transaction_id", request.transactionId())
                .put("correlation_id", correlationId);
        ArrayNode out = response.putArray("search_response");
        request.message().path("search_request").forEach(item -> out.addObject()
                .put("reference_id", SearchItem.referenceOf(item)).put("timestamp", DciJson.timestamp(now))
                .put("status", "pdng"));
        return response;
    }

    private ObjectNode one(JsonNode item, Caller caller, LocalDate today, Instant now) {
        ObjectNode result = DciJson.object().put("reference_id", SearchItem.referenceOf(item))
                .put("timestamp", DciJson.timestamp(now));
        try {
            boolean partner = RecordViews.partnerOnly(caller);
            SearchItem s = SearchItem.read(item, partner, caller.seesFullIdNumbers());
            RecordViews views = new RecordViews(caller);
            List<Household> candidates = candidates(s.filter(), caller);
            List<Object[]> matches = new ArrayList<>();
            for (Household h : candidates) {
                List<Member> members = h.members() == null ? List.of() : h.members();
                if (s.entity().equals(RecordViews.MEMBER)) {
                    for (Member m : members) {
                        Map<String, Object> row = Rows.member(h, m, today);
                        if (s.filter().test(row)) {
                            matches.add(new Object[] {h, m, row});
                        }
                    }
                } else {
                    List<Map<String, Object>> rows = Rows.of(h, today);
                    if (rows.stream().anyMatch(s.filter()::test)) {
                        matches.add(new Object[] {h, null, rows.get(0)});
                    }
                }
            }
            sort(matches, s.sort());
            int from = (int) Math.min(matches.size(), (long) (s.pageNumber() - 1) * s.pageSize());
            int to = (int) Math.min(matches.size(), (long) from + s.pageSize());
            ObjectNode data = result.put("status", "succ").putObject("data").put("version", "1.0.0")
                    .put("reg_type", REG_TYPE).put("reg_record_type", s.entity());
            ArrayNode records = data.putArray("reg_records");
            for (Object[] match : matches.subList(from, to)) {
                Household h = (Household) match[0];
                records.add(match[1] == null ? views.group(h, today) : views.member(h, (Member) match[1]));
                if (partner) {
                    households.recordRead(h.id(), caller.name(), PARTNER_READ);
                }
            }
            result.putObject("pagination").put("page_size", s.pageSize()).put("page_number", s.pageNumber())
                    .put("total_count", matches.size());
        } catch (CriteriaRejection r) {
            rejected(result).put("status_reason_code", r.reasonCode)
                    .put("status_reason_message", Replies.clip(r.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("DCI search item {} failed", result.path("reference_id").asText(), e);
            rejected(result).put("status_reason_message", "the registry could not run this search item");
        }
        return result;
    }

    /** The item's result emptied of any partial answer and marked rejected. */
    private static ObjectNode rejected(ObjectNode result) {
        result.remove(List.of("data", "pagination", "status_reason_code", "status_reason_message"));
        return result.put("status", "rjct");
    }

    /** The households the filter could match, narrowed by its required values, within the caller's view. */
    List<Household> candidates(Filter filter, Caller caller) {
        String householdId = Filter.required(filter, "household_id");
        if (householdId != null) {
            return households.find(householdId).filter(h -> caller.maySee(h.street())).map(List::of)
                    .orElse(List.of());
        }
        String street = Filter.required(filter, "street");
        if (caller.streetScoped()) {
            if (street != null && !street.equals(caller.street())) {
                return List.of();
            }
            street = caller.street() == null ? "-" : caller.street();
        }
        String idNumber = Filter.required(filter, Rows.ID_NUMBER);
        String name = Filter.required(filter, "name");
        List<Household> out = new ArrayList<>();
        for (int page = 0;; page++) {
            Page<Household> p = households.search(new HouseholdQuery(street, idNumber, name, page, SCAN_PAGE));
            if (p.total() > MAX_SCAN) {
                throw new CriteriaRejection("rjct.search.too_many_records_found", "the query matches more than "
                        + MAX_SCAN + " households; narrow it (e.g. by street)");
            }
            p.items().stream().filter(h -> caller.maySee(h.street())).forEach(out::add);
            if (p.items().isEmpty() || (long) (page + 1) * SCAN_PAGE >= p.total()) {
                return out;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void sort(List<Object[]> matches, List<String[]> sort) {
        Comparator<Object[]> order = Comparator.comparing(m -> ((Household) m[0]).id());
        for (int i = sort.size() - 1; i >= 0; i--) {
            String attribute = sort.get(i)[0];
            Comparator<Object[]> by = Comparator.comparing(m -> key(((Map<String, Object>) m[2]).get(attribute)),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            order = ("desc".equals(sort.get(i)[1]) ? by.reversed() : by).thenComparing(order);
        }
        matches.sort(order);
    }

    private static String key(Object value) {
        if (value instanceof Number n) {
            return String.format("%020.4f", n.doubleValue());
        }
        return value == null ? null : value.toString();
    }
}
