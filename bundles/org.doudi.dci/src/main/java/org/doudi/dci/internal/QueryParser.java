package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compiles the spec's three query types into a {@link Filter}:
 * <ul>
 * <li>{@code idtype-value}: {@code {"type": "UIN" | "NIN" | "HOUSEHOLD_ID" | "PERSON_ID", "value": …}};</li>
 * <li>{@code expression}: {@code {"type": "ns:org:QueryType:NoSql", "value": {"expression": {"collection":
 * "Group", "query": {"$and": [{"street": {"$eq": "tianshanlu"}}, …]}}}}} with $and, $or, $not, $eq, $lt, $lte,
 * $gt, $gte, $in;</li>
 * <li>{@code predicate}: the list of {@code {seq_num, expression1, condition, expression2}}; the items hold
 * together (and), in seq_num order.</li>
 * </ul>
 * Attribute names are those of {@link Rows#ATTRIBUTES}. A query holds at most {@link #MAX_NODES} conditions and
 * combinations and an {@code in} list at most {@link #MAX_IN_VALUES} values. For a caller who sees masked ID
 * numbers only, an ID number is matched by {@code eq} with a full 18-character number and nothing else, so the
 * query cannot uncover a masked number digit by digit.
 */
final class QueryParser {
    static final String INVALID = "rjct.search_criteria.invalid";
    /** Conditions and and / or / not combinations one query may hold. */
    static final int MAX_NODES = 100;
    /** Values one {@code in} condition may list. */
    static final int MAX_IN_VALUES = 100;
    private static final Pattern FULL_ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
    private static final Map<String, String> ALIASES = Map.of("uin", Rows.ID_NUMBER, "nin", Rows.ID_NUMBER,
            "id_number", Rows.ID_NUMBER, "yob", "birth_year", "household_id", "household_id", "person_id",
            "person_id");
    private static final Map<String, String> OPERATORS = Map.of("$eq", "eq", "$lt", "lt", "$lte", "le", "$le", "le",
            "$gt", "gt", "$gte", "ge", "$ge", "ge", "$in", "in");

    /** A compiled query and the entity an expression names ({@code Group} / {@code Member}), or null. */
    record Parsed(Filter filter, String collection) {
    }

    private final String invalid;
    private final boolean fullIdNumbers;
    private int nodes;

    /**
     * A parser for a caller who sees masked ID numbers only.
     *
     * @param invalid the reason code for a query that cannot be read (search or filter wording)
     */
    QueryParser(String invalid) {
        this(invalid, false);
    }

    /**
     * @param invalid       the reason code for a query that cannot be read (search or filter wording)
     * @param fullIdNumbers whether the caller sees full ID numbers ({@code Caller#seesFullIdNumbers}); if not, ID
     *                      numbers are matched by eq with a full number only
     */
    QueryParser(String invalid, boolean fullIdNumbers) {
        this.invalid = invalid;
        this.fullIdNumbers = fullIdNumbers;
    }

    /** Compiles one query (a parser counts the nodes of the query it is reading: one parse at a time). */
    Parsed parse(String queryType, JsonNode query) {
        nodes = 0;
        if (queryType == null) {
            throw new CriteriaRejection(invalid, "query_type is required: idtype-value, expression or predicate");
        }
        if (query == null || query.isNull()) {
            throw new CriteriaRejection(invalid, "query is required");
        }
        switch (queryType) {
            case "idtype-value":
                return new Parsed(idTypeValue(query), null);
            case "expression":
                return expression(query);
            case "predicate":
                return new Parsed(predicates(query), null);
            default:
                throw new CriteriaRejection(invalid, "query_type '" + queryType + "' is not idtype-value, expression "
                        + "or predicate");
        }
    }

    private Filter idTypeValue(JsonNode q) {
        String type = DciJson.text(q, "type");
        JsonNode value = q.get("value");
        if (type == null || value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new CriteriaRejection(invalid, "an idtype-value query needs type (UIN, NIN, HOUSEHOLD_ID or "
                    + "PERSON_ID) and a value");
        }
        String attribute = ALIASES.get(type.toLowerCase(Locale.ROOT));
        if (attribute == null || !(attribute.equals(Rows.ID_NUMBER) || attribute.equals("household_id")
                || attribute.equals("person_id"))) {
            throw new CriteriaRejection(invalid, "identifier type '" + type + "' is not UIN, NIN, HOUSEHOLD_ID or "
                    + "PERSON_ID");
        }
        return condition(attribute, "eq", value, "eq");
    }

    private Parsed expression(JsonNode q) {
        JsonNode expression = q.path("value").path("expression");
        if (!expression.isObject()) {
            throw new CriteriaRejection(invalid, "an expression query needs value.expression as an object");
        }
        String collection = DciJson.text(expression, "collection");
        JsonNode body = expression.has("query") ? expression.get("query") : expression;
        if (collection != null && !collection.equals("Group") && !collection.equals("Member")) {
            throw new CriteriaRejection(invalid, "collection must be Group or Member");
        }
        return new Parsed(mongo(body), collection);
    }

    private Filter mongo(JsonNode node) {
        count();
        if (!node.isObject()) {
            throw new CriteriaRejection(invalid, "an expression must be an object");
        }
        List<Filter> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (key.equals("$and") || key.equals("$or")) {
                if (!e.getValue().isArray()) {
                    throw new CriteriaRejection(invalid, key + " takes a list");
                }
                List<Filter> list = new ArrayList<>();
                e.getValue().forEach(x -> list.add(mongo(x)));
                parts.add(key.equals("$and") ? new Filter.And(list) : new Filter.Or(list));
                count();
            } else if (key.equals("$not")) {
                count();
                parts.add(new Filter.Not(mongo(e.getValue())));
            } else if (key.equals("collection")) {
                continue;
            } else {
                String attribute = attribute(key);
                JsonNode spec = e.getValue();
                if (spec.isObject()) {
                    for (Iterator<Map.Entry<String, JsonNode>> ops = spec.fields(); ops.hasNext();) {
                        Map.Entry<String, JsonNode> op = ops.next();
                        parts.add(condition(attribute, OPERATORS.get(op.getKey()), op.getValue(), op.getKey()));
                    }
                } else {
                    parts.add(condition(attribute, "eq", spec, "$eq"));
                }
            }
        }
        return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
    }

    private Filter predicates(JsonNode q) {
        if (!q.isArray() || q.isEmpty()) {
            throw new CriteriaRejection(invalid, "a predicate query is a non-empty list of expression predicates");
        }
        if (q.size() > MAX_NODES) {
            throw new CriteriaRejection(invalid, "a query holds at most " + MAX_NODES + " conditions");
        }
        List<JsonNode> items = new ArrayList<>();
        q.forEach(items::add);
        items.sort(Comparator.comparingDouble(i -> i.path("seq_num").asDouble(0)));
        List<Filter> parts = new ArrayList<>();
        for (JsonNode item : items) {
            Filter first = predicate(item.get("expression1"));
            JsonNode second = item.get("expression2");
            String condition = DciJson.text(item, "condition");
            if (second == null || second.isNull()) {
                parts.add(first);
                continue;
            }
            Filter other = predicate(second);
            count();
            if ("or".equals(condition)) {
                parts.add(new Filter.Or(List.of(first, other)));
            } else if ("not".equals(condition)) {
                parts.add(new Filter.And(List.of(first, new Filter.Not(other))));
            } else if (condition == null || "and".equals(condition)) {
                parts.add(new Filter.And(List.of(first, other)));
            } else {
                throw new CriteriaRejection(invalid, "condition must be and, or or not");
            }
        }
        return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
    }

    private Filter predicate(JsonNode e) {
        if (e == null || !e.isObject()) {
            throw new CriteriaRejection(invalid, "expression1 is required");
        }
        String name = DciJson.text(e, "attribute_name");
        String operator = DciJson.text(e, "operator");
        if (name == null || operator == null || !e.has("attribute_value")) {
            throw new CriteriaRejection(invalid, "an expression predicate needs attribute_name, operator and "
                    + "attribute_value");
        }
        return condition(attribute(name), OPERATORS.get("$" + operator), e.get("attribute_value"), operator);
    }

    private Filter condition(String attribute, String operator, JsonNode value, String asWritten) {
        count();
        if (operator == null) {
            throw new CriteriaRejection(invalid, "operator '" + asWritten + "' is not one of gt, lt, eq, ge, le, in");
        }
        if (operator.equals("in") ? !value.isArray() : !value.isValueNode()) {
            throw new CriteriaRejection(invalid, "the value of " + attribute + " must be "
                    + (operator.equals("in") ? "a list" : "a string, number or boolean"));
        }
        if (operator.equals("in") && value.size() > MAX_IN_VALUES) {
            throw new CriteriaRejection(invalid, "an in condition lists at most " + MAX_IN_VALUES + " values");
        }
        for (JsonNode v : operator.equals("in") ? value : List.of(value)) {
            if (!v.isValueNode() || (v.isNumber() && !finite(v))) {
                throw new CriteriaRejection(invalid, "the values of " + attribute + " must be strings, finite "
                        + "numbers or booleans");
            }
        }
        if (attribute.equals(Rows.ID_NUMBER) && !fullIdNumbers && !(operator.equals("eq") && value.isTextual()
                && FULL_ID_NUMBER.matcher(value.asText()).matches())) {
            throw new CriteriaRejection(invalid, "ID numbers are masked for you: match one with eq and the full "
                    + "18-character number only (no gt, lt, ge, le, in or partial numbers)");
        }
        return new Filter.Cond(attribute, operator, value);
    }

    private static boolean finite(JsonNode number) {
        if (number.isBigDecimal()) {
            BigDecimal d = number.decimalValue();
            return Math.abs((long) d.scale()) < 1000 && d.precision() - d.scale() < 1000;
        }
        return !number.isFloatingPointNumber() || Double.isFinite(number.doubleValue());
    }

    private void count() {
        if (++nodes > MAX_NODES) {
            throw new CriteriaRejection(invalid, "a query holds at most " + MAX_NODES + " conditions and "
                    + "combinations");
        }
    }

    private String attribute(String name) {
        String a = ALIASES.getOrDefault(name.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
        if (!Rows.ATTRIBUTES.contains(a)) {
            throw new CriteriaRejection(invalid, "attribute '" + name + "' is not searchable; use one of "
                    + String.join(", ", Rows.ATTRIBUTES) + " (or UIN / NIN for the ID number)");
        }
        return a;
    }
}
