package org.doudi.dci.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Map;
import org.junit.Test;

public class QueryParserTest {
    private static final QueryParser PARSER = new QueryParser(QueryParser.INVALID);
    private static final Map<String, Object> ROW = Map.of("household_id", "h1", "street", "tianshanlu",
            Rows.ID_NUMBER, "310105198504051095", "age", 39, "sex", "male", "programme", List.of("dibao"));

    private static Filter parse(String type, String json) {
        return PARSER.parse(type, DciJson.parse(json)).filter();
    }

    @Test
    public void idTypeValueNamesTheIdNumberOrOurIds() {
        assertTrue(parse("idtype-value", "{\"type\":\"UIN\",\"value\":\"310105198504051095\"}").test(ROW));
        assertTrue(parse("idtype-value", "{\"type\":\"NIN\",\"value\":\"310105198504051095\"}").test(ROW));
        assertTrue(parse("idtype-value", "{\"type\":\"HOUSEHOLD_ID\",\"value\":\"h1\"}").test(ROW));
        assertFalse(parse("idtype-value", "{\"type\":\"HOUSEHOLD_ID\",\"value\":\"h2\"}").test(ROW));
        rejected("idtype-value", "{\"type\":\"PASSPORT\",\"value\":\"x\"}");
        rejected("idtype-value", "{\"type\":\"UIN\"}");
    }

    @Test
    public void predicatesHoldTogetherWithTheirConditions() {
        String list = "[{\"seq_num\":2,\"expression1\":{\"attribute_name\":\"age\",\"operator\":\"ge\","
                + "\"attribute_value\":18}},{\"seq_num\":1,\"expression1\":{\"attribute_name\":\"street\","
                + "\"operator\":\"eq\",\"attribute_value\":\"tianshanlu\"},\"condition\":\"not\",\"expression2\":"
                + "{\"attribute_name\":\"sex\",\"operator\":\"eq\",\"attribute_value\":\"female\"}}]";
        Filter f = parse("predicate", list);
        assertTrue(f.test(ROW));
        assertEquals("tianshanlu", Filter.required(f, "street"));
        assertFalse(parse("predicate", "[{\"expression1\":{\"attribute_name\":\"age\",\"operator\":\"lt\","
                + "\"attribute_value\":18}}]").test(ROW));
        assertTrue(parse("predicate", "[{\"expression1\":{\"attribute_name\":\"programme\",\"operator\":\"in\","
                + "\"attribute_value\":[\"tekun\",\"dibao\"]}}]").test(ROW));
        rejected("predicate", "[{\"expression1\":{\"attribute_name\":\"income\",\"operator\":\"gt\","
                + "\"attribute_value\":1}}]");
        rejected("predicate", "[{\"expression1\":{\"attribute_name\":\"age\",\"operator\":\"like\","
                + "\"attribute_value\":1}}]");
    }

    @Test
    public void expressionsReadTheNoSqlForm() {
        Filter f = parse("expression", "{\"type\":\"ns:org:QueryType:NoSql\",\"value\":{\"expression\":"
                + "{\"collection\":\"Group\",\"query\":{\"$or\":[{\"street\":\"hongqiao\"},{\"$and\":["
                + "{\"age\":{\"$gte\":30,\"$lt\":40}},{\"sex\":{\"$eq\":\"male\"}}]}]}}}}");
        assertTrue(f.test(ROW));
        assertTrue(parse("expression", "{\"value\":{\"expression\":{\"$not\":{\"street\":\"hongqiao\"}}}}")
                .test(ROW));
        rejected("expression", "{\"value\":{\"expression\":{\"collection\":\"Car\"}}}");
        rejected("expression", "{\"value\":{}}");
    }

    private static void rejected(String type, String json) {
        try {
            parse(type, json);
            fail("accepted " + json);
        } catch (CriteriaRejection expected) {
            assertEquals(QueryParser.INVALID, expected.reasonCode);
        }
    }
}
