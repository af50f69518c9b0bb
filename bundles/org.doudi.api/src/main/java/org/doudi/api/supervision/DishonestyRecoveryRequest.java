package org.doudi.api.supervision;

import java.math.BigDecimal;

/**
 * Records a recovered payment: {@code POST /api/dishonesty-records/{id}/recoveries}.
 *
 * @param amount yuan, more than 0, at most two decimals, not more than what is outstanding (required)
 * @param on     the day it was received, {@code yyyy-MM-dd}, between the decision and today (today when absent)
 * @param note   e.g. the receipt number (optional, at most 500 characters)
 */
public record DishonestyRecoveryRequest(BigDecimal amount, String on, String note) {
}
