package org.doudi.api.program;

import java.time.LocalDate;
import java.util.List;
import org.doudi.api.registry.Household;

/**
 * An assistance program (救助项目) as a plug-in. Register an implementation as an OSGi service with the property
 * {@value #ID_PROPERTY} set to {@link ProgramInfo#id()}; the core then lists it at {@code GET /api/programs},
 * publishes {@code POST /api/programs/<id>/evaluations} and the program's own
 * {@link org.doudi.api.rest.RestResource resources} (those registered with the same property) on a server of
 * its own, and withdraws all of it when the service goes. Implementations must be thread-safe and must not
 * write anything: evaluation is a pure function of the household, the date and the parameters in force.
 */
public interface AssistanceProgram {

    /** The service property that carries the program id, e.g. {@code doudi.program.id=dibao}. */
    String ID_PROPERTY = "doudi.program.id";

    /** The Configuration Admin PID prefix of program parameters: {@code org.doudi.program.<id without hyphens>}. */
    String PID_PREFIX = "org.doudi.program.";

    /** Who the program is: id, names, version, review interval and the evidence it requires. */
    ProgramInfo info();

    /** The program's parameters, each an effective-dated series, as configured right now. */
    ProgramParameters parameters();

    /**
     * The eligibility test (资格认定) of {@code household} as of {@code asOf}: one outcome per rule, in the order
     * the rules are applied; the household is eligible when every outcome passed.
     *
     * @param household the household with its figures derived as of {@code asOf}
     *                  ({@link Household#figuresAsOf()} equals {@code asOf})
     * @param asOf      the date the rules and parameters are taken on
     * @throws org.doudi.api.ValidationException when no parameter value is in force on {@code asOf}
     */
    List<RuleOutcome> eligibility(Household household, LocalDate asOf);

    /**
     * The entitlement (待遇计算) of an eligible household as of {@code asOf}: the monthly amount with its
     * breakdown. Programs that grant a status rather than cash return {@link Benefit#none(String)}.
     */
    Benefit benefit(Household household, LocalDate asOf);

    /**
     * The whole decision: eligibility, and the benefit when eligible. The default combines the two methods
     * above; override only to share work between them.
     */
    default ProgramDecision evaluate(Household household, LocalDate asOf) {
        List<RuleOutcome> reasons = eligibility(household, asOf);
        boolean eligible = reasons.stream().allMatch(RuleOutcome::passed);
        Benefit benefit = eligible ? benefit(household, asOf) : Benefit.none("not eligible");
        ProgramInfo info = info();
        LocalDate validUntil = eligible && info.reviewIntervalMonths() > 0
                ? asOf.plusMonths(info.reviewIntervalMonths()).minusDays(1) : null;
        return new ProgramDecision(info.id(), info.version(), household.id(), asOf, eligible,
                benefit.monthlyAmount(), benefit.breakdown(), reasons, validUntil,
                parameters().inForce(asOf));
    }

    /** The configuration PID for a program id: hyphens dropped ({@code dibao-edge} → {@code org.doudi.program.dibaoedge}). */
    static String pidOf(String programId) {
        return PID_PREFIX + programId.replace("-", "");
    }
}
