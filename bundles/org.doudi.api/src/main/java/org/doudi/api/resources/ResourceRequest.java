package org.doudi.api.resources;

/**
 * A resource to add or change: {@code POST /api/resources}, {@code PUT /api/resources/{id}} (with
 * {@code If-Match}). Text fields as in JSON; amounts as JSON numbers in yuan.
 *
 * @param name        required, at most 200 characters
 * @param kind        required
 * @param category    required
 * @param provider    required, at most 200 characters
 * @param street      a known street, or null for the district
 * @param capacity    at least 1 (and not below the places already committed), or null
 * @param budget      at least 0.01 with at most two decimals (and not below the amount committed), or null
 * @param validFrom   {@code yyyy-MM-dd}, or null
 * @param validTo     {@code yyyy-MM-dd}, not before {@code validFrom}, or null
 * @param active      false to close it (default true)
 * @param description at most 2000 characters, or null
 */
public record ResourceRequest(String name, String kind, String category, String provider, String street,
        Integer capacity, java.math.BigDecimal budget, String validFrom, String validTo, Boolean active,
        String description) {
}
