package org.doudi.api.monitoring;

/**
 * Where a feed batch comes from.
 *
 * @param department the sending department (defaults to the type's usual department)
 * @param period     the month the data covers, {@code yyyy-MM} (a quarterly share names its last month); the
 *                   monthly run of that month compares it
 * @param fileName   the uploaded file's name, or null
 */
public record FeedSource(String department, String period, String fileName) {
}
