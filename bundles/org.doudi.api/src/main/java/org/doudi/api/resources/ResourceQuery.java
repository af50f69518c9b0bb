package org.doudi.api.resources;

/**
 * Filters of the resource list; null ones do not filter.
 *
 * @param kind      who offers it
 * @param category  what it helps with
 * @param street    resources serving this street (its own and the district's)
 * @param programId resources managed by this program
 * @param available true: only active ones, valid today, with a place and money left
 */
public record ResourceQuery(ResourceKind kind, ResourceCategory category, String street, String programId,
        Boolean available) {
}
