package org.doudi.api.rest;

/**
 * Marks a JAX-RS resource to publish under {@code /api}: register the resource object as a DS service of this
 * type (with the property {@code osgi.jaxrs.resource=true}) and the core's publisher puts it on the API,
 * with the server's JSON provider, error mapping and authentication, and withdraws it when the service goes.
 * Every resource method must say who may call it ({@code javax.annotation.security.RolesAllowed} or
 * {@code PermitAll}); a method without a rule is refused.
 */
public interface RestResource {
}
