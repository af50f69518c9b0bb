package org.doudi.registry.internal.monitoring;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.doudi.api.ValidationException;
import org.doudi.api.monitoring.FeedType;

/** The parameters the monitoring jobs are submitted with (kept with the job, shown by {@code GET /api/jobs/{id}}). */
final class JobParams {
    static final String FEED_TYPE = "feedType";
    static final String DEPARTMENT = "department";
    static final String PERIOD = "period";
    static final String FILE_NAME = "fileName";
    static final String FORMAT = "format";
    static final String RECORDS = "records";
    static final String MONTH = "month";
    static final String STREET = "street";
    static final String CSV = "csv";
    static final String JSON = "json";

    private JobParams() {
    }

    static FeedType feedType(Map<String, String> p) {
        return FeedType.ofId(required(p, FEED_TYPE)).orElseThrow(() -> new ValidationException(FEED_TYPE, "oneOf",
                "unknown feed type " + p.get(FEED_TYPE)));
    }

    static String required(Map<String, String> p, String key) {
        String v = p.get(key);
        if (v == null || v.isBlank()) {
            throw new ValidationException(key, "required", "the job has no " + key);
        }
        return v;
    }

    /** A month {@code yyyy-MM}, or a 422 naming {@code field}. */
    static String month(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "required", "a month yyyy-MM is required");
        }
        try {
            return YearMonth.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "format", "'" + value + "' is not a month (yyyy-MM)");
        }
    }
}
