package org.doudi.api.monitoring;

import java.util.Map;

/**
 * One fact in a JSON feed: a person by ID number, a date, and the type's columns.
 *
 * @param idNumber the person's resident ID number
 * @param date     the fact's date, {@code yyyy-MM-dd}
 * @param facts    the type's columns (e.g. {@code employer}, {@code monthlyWage}) as text
 */
public record FeedRecord(String idNumber, String date, Map<String, String> facts) {
}
