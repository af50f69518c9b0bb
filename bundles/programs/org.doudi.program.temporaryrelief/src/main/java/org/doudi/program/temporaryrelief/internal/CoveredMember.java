package org.doudi.program.temporaryrelief.internal;

/**
 * A household member a grant covers (an active member on the grant day).
 *
 * @param personId the person's id in the registry
 * @param name     the person's name
 */
public record CoveredMember(String personId, String name) {
}
