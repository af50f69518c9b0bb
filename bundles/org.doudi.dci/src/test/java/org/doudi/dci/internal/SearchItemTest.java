package org.doudi.dci.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import org.junit.Test;

public class SearchItemTest {

    private static String item(String pagination, String sort) {
        return "{\"reference_id\":\"r1\",\"timestamp\":\"2025-01-29T10:00:00+08:00\",\"search_criteria\":{"
                + "\"query_type\":\"idtype-value\",\"query\":{\"type\":\"HOUSEHOLD_ID\",\"value\":\"h1\"}"
                + (pagination == null ? "" : ",\"pagination\":" + pagination)
                + (sort == null ? "" : ",\"sort\":" + sort) + "}}";
    }

    private static SearchItem read(String json, boolean fullIdNumbers) {
        return SearchItem.read(DciJson.parse(json), false, fullIdNumbers);
    }

    private static void rejected(String json, boolean fullIdNumbers, String code) {
        try {
            read(json, fullIdNumbers);
            fail("accepted " + json);
        } catch (CriteriaRejection expected) {
            assertEquals(code, expected.reasonCode);
        }
    }

    @Test
    public void paginationIsReadWithoutTruncation() {
        SearchItem s = read(item("{\"page_size\":100,\"page_number\":100000}", null), true);
        assertEquals(100, s.pageSize());
        assertEquals(100000, s.pageNumber());
        assertEquals(20, read(item(null, null), true).pageSize());
        for (String p : new String[] {"{\"page_size\":4294967297}", "{\"page_size\":101}", "{\"page_size\":0}",
            "{\"page_size\":1e400}", "{\"page_size\":\"10\"}", "{\"page_size\":2.5}",
            "{\"page_size\":10,\"page_number\":4294967297}", "{\"page_size\":10,\"page_number\":100001}",
            "{\"page_size\":10,\"page_number\":2147483647}", "{\"page_size\":10,\"page_number\":0}"}) {
            rejected(item(p, null), true, "rjct.pagination.invalid");
        }
    }

    @Test
    public void aCallerSeeingMaskedIdNumbersDoesNotSortByThem() {
        String byId = item(null, "[{\"attribute_name\":\"id_number\",\"sort_order\":\"asc\"}]");
        rejected(byId, false, "rjct.sort.invalid");
        assertEquals("id_number", read(byId, true).sort().get(0)[0]);
        assertEquals("age", read(item(null, "[{\"attribute_name\":\"age\",\"sort_order\":\"desc\"}]"), false)
                .sort().get(0)[0]);
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= SearchItem.MAX_SORT; i++) {
            many.append(i == 0 ? "" : ",").append("{\"attribute_name\":\"age\"}");
        }
        rejected(item(null, many + "]"), true, "rjct.sort.invalid");
    }
}
