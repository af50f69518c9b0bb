package org.doudi.program.charity.internal;

/**
 * The stored JSON of a {@code project} record: which organisation runs a charity project (a core resource). The
 * link is the program's own, so editing the resource (its provider name included) does not move the project.
 *
 * @param resourceId       the project's resource id
 * @param organisationId   the organisation running it
 * @param organisationName its name when the project was added (for reading only, never for linking)
 */
public record ProjectLink(String resourceId, String organisationId, String organisationName) {
}
