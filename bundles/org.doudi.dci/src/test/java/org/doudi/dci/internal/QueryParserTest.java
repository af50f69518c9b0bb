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

    @Test
    public void aCallerSeeingMaskedIdNumbersMatchesAFullNumberOnly() {
        QueryParser masked = new QueryParser(QueryParser.INVALID, false);
        String full = "310105198504051095";
        assertTrue(masked.parse("idtype-value", DciJson.parse("{\"type\":\"UIN\",\"value\":\"" + full + "\"}"))
                .filter().test(ROW));
        assertTrue(masked.parse("predicate", DciJson.parse(predicate("UIN", "eq", "\"" + full + "\""))).filter()
                .test(ROW));
        for (String[] q : new String[][] {{"id_number", "gt", "\"310105198504051000\""},
            {"NIN", "le", "\"3101051985\""}, {"UIN", "ge", "\"31\""}, {"uin", "lt", "\"4\""},
            {"UIN", "in", "[\"" + full + "\",\"310105198504051096\"]"}, {"UIN", "eq", "\"3101051985\""},
            {"UIN", "eq", "310105198504051095"}}) {
            try {
                masked.parse("predicate", DciJson.parse(predicate(q[0], q[1], q[2])));
                fail("a masked caller's " + String.join(" ", q));
            } catch (CriteriaRejection expected) {
                assertEquals(QueryParser.INVALID, expected.reasonCode);
                assertTrue(expected.getMessage().contains("masked"));
            }
        }
        try {
            masked.parse("expression", DciJson.parse("{\"value\":{\"expression\":{\"id_number\":{\"$gte\":"
                    + "\"3101\"}}}}"));
            fail("a range in an expression");
        } catch (CriteriaRejection expected) {
            assertTrue(expected.getMessage().contains("masked"));
        }
        QueryParser fullView = new QueryParser(QueryParser.INVALID, true);
        assertTrue(fullView.parse("predicate", DciJson.parse(predicate("UIN", "gt", "\"3101\""))).filter()
                .test(ROW));
    }

    @Test
    public void queriesAreBounded() {
        StringBuilder in = new StringBuilder("[");
        for (int i = 0; i <= QueryParser.MAX_IN_VALUES; i++) {
            in.append(i == 0 ? "" : ",").append(i);
        }
        rejected("predicate", predicate("age", "in", in + "]"));
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= QueryParser.MAX_NODES; i++) {
            many.append(i == 0 ? "" : ",").append("{\"street\":\"s").append(i).append("\"}");
        }
        rejected("expression", "{\"value\":{\"expression\":{\"$or\":" + many + "]}}}");
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            deep.append("{\"$not\":");
        }
        deep.append("{\"age\":1}");
        deep.append("}".repeat(500));
        rejected("expression", "{\"value\":{\"expression\":" + deep + "}}");
        rejected("predicate", predicate("age", "gt", "1e400"));
        rejected("predicate", predicate("age", "in", "[1, 1e400]"));
        rejected("predicate", predicate("age", "in", "[{\"a\":1}]"));
        assertFalse("a number of no value never breaks a comparison", new Filter.Cond("age", "gt",
                DciJson.MAPPER.getNodeFactory().numberNode(Double.POSITIVE_INFINITY)).test(ROW));
    }

    private static String predicate(String name, String operator, String value) {
        return "[{\"expression1\":{\"attribute_name\":\"" + name + "\",\"operator\":\"" + operator
                + "\",\"attribute_value\":" + value + "}}]";
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
