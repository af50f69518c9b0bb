package org.doudi.rest.internal.programs;

import java.time.LocalDate;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.EvaluationRequest;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import org.doudi.rest.internal.RequestValues;

/**
 * The endpoints every program has, published by the core on the program's own server
 * {@code /api/programs/<id>}: the program itself, its parameters, and evaluations of stored households.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramEndpoint {
    private final AssistanceProgram program;
    private final HouseholdService households;
    private final DoudiClock clock;

    @Context
    private SecurityContext security;

    public ProgramEndpoint(AssistanceProgram program, HouseholdService households, DoudiClock clock) {
        this.program = program;
        this.households = households;
        this.clock = clock;
    }

    /** The program the endpoint serves. */
    public AssistanceProgram program() {
        return program;
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER, Roles.OPERATOR})
    public ProgramSummary describe() {
        return ProgramSummary.of(program, clock.today());
    }

    @GET
    @Path("parameters")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER, Roles.OPERATOR})
    public ProgramParameters parameters() {
        return program.parameters();
    }

    @POST
    @Path("evaluations")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgramDecision evaluate(EvaluationRequest request) {
        RequestValues.requireBody(request);
        if (request.householdId() == null || request.householdId().isBlank()) {
            throw new ValidationException("householdId", "required", "the household to evaluate");
        }
        LocalDate asOf = request.asOf() == null ? clock.today() : RequestValues.date("asOf", request.asOf());
        if (asOf.getYear() < 1990 || asOf.getYear() > 2100) {
            throw new ValidationException("asOf", "range", "must be a date between 1990 and 2100");
        }
        program.parameters().requireUsable();
        Household household = households.find(request.householdId(), asOf)
                .orElseThrow(() -> DoudiException.notFound("household " + request.householdId()));
        CallerViews.view(household, CallerPrincipal.of(security));
        return program.evaluate(household, asOf);
    }
}
