package org.doudi.program.charity.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.DoudiClock;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.resources.ResourceMatch;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Roles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/programs/charity/matches?householdId=}: supply/need matching (供需对接) — the charity projects
 * available today that answer the household's current needs (HIGH first). Staff and auditors; a street-level caller
 * only for their street's households.
 */
@Component(service = RestResource.class, property = {"osgi.jaxrs.resource=true",
    AssistanceProgram.ID_PROPERTY + "=" + CharityProgram.ID})
@Path("matches")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource implements RestResource {

    @Reference
    private Projects projects;
    @Reference
    private HouseholdService households;
    @Reference
    private DoudiClock clock;

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public List<ResourceMatch> matches(@QueryParam("householdId") String householdId) {
        return projects.matches(new HouseholdScope(households).visible(householdId, Callers.of(security)),
                clock.today());
    }
}
