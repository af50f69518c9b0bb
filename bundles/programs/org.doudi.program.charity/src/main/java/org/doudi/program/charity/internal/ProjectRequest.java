package org.doudi.program.charity.internal;

import java.math.BigDecimal;

/**
 * A charity project (慈善项目) to add: {@code POST /api/programs/charity/projects}. It becomes a resource on the
 * core's resource list (kind {@code CHARITY_PROJECT}, managed by this program) whose provider is the organisation's
 * name; the core checks the fields it keeps.
 *
 * @param organisationId the registered organisation running it, required
 * @param name           e.g. 社区暖心基金, required, at most 200 characters
 * @param category       what it helps with: a {@code ResourceCategory} name, e.g. {@code MEDICAL}, required
 * @param street         the street it serves, or null for the whole district
 * @param capacity       how many referrals it can take, or null for no limit
 * @param budget         its budget in yuan, or null for no money limit
 * @param validFrom      first day, {@code yyyy-MM-dd}, or null
 * @param validTo        last day, {@code yyyy-MM-dd}, or null
 * @param description    what it offers and to whom, or null
 */
public record ProjectRequest(String organisationId, String name, String category, String street, Integer capacity,
        BigDecimal budget, String validFrom, String validTo, String description) {
}
