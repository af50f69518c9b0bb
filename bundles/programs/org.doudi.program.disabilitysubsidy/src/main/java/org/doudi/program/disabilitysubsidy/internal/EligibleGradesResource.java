package org.doudi.program.disabilitysubsidy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.doudi.api.DoudiClock;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Roles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/programs/disability-subsidy/eligible-grades}: who can qualify, by the parameters in force today
 * — an example of a program adding its own endpoint.
 *
 * <p>How: a DS component registered as {@link RestResource} with {@code osgi.jaxrs.resource=true} and the program's
 * {@code doudi.program.id}. The core publishes it on the program's own server, under
 * {@code /api/programs/<id>/}, with the server's JSON mapping, error mapping and authentication, and withdraws it
 * with the program. Every method must say who may call it ({@code @RolesAllowed} or {@code @PermitAll}); a method
 * without a rule is refused. The resource holds no logic: it reads the program's parameters and maps them.
 *
 * <p>The mandatory reference to the program service means the endpoint exists only while the program does.
 */
@Component(service = RestResource.class, property = {"osgi.jaxrs.resource=true",
    AssistanceProgram.ID_PROPERTY + "=" + DisabilitySubsidyProgram.ID})
@Path("eligible-grades")
public class EligibleGradesResource implements RestResource {

    @Reference(target = "(" + AssistanceProgram.ID_PROPERTY + "=" + DisabilitySubsidyProgram.ID + ")")
    private AssistanceProgram program;

    @Reference
    private DoudiClock clock;

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    public EligibleGrades eligibleGrades() {
        return EligibleGrades.of(program.parameters(), clock.today());
    }

    /**
     * Who can qualify on a date, e.g. {@code {"asOf":"2024-10-01","grades":[1,2],"minAge":16,"maxAge":59,
     * "monthlySubsidy":1330.00}}.
     *
     * @param asOf           the date the parameters are read on
     * @param grades         the disability grades that qualify
     * @param minAge         the youngest qualifying age
     * @param maxAge         the oldest qualifying age (one below the parameter {@code maxAge}, which is exclusive)
     * @param monthlySubsidy the monthly subsidy per qualifying person, yuan
     */
    public record EligibleGrades(LocalDate asOf, List<Integer> grades, int minAge, int maxAge, BigDecimal monthlySubsidy) {

        static EligibleGrades of(ProgramParameters p, LocalDate day) {
            return new EligibleGrades(day,
                    IntStream.rangeClosed(1, p.intValueOn("maxGrade", day)).boxed().collect(Collectors.toList()),
                    p.intValueOn("minAge", day), p.intValueOn("maxAge", day) - 1, p.valueOn("monthlySubsidy", day));
        }
    }
}
