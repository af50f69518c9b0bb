package org.doudi.registry.internal.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.BiFunction;
import org.doudi.api.DoudiException;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.registry.Household;

/**
 * Evaluates one household for the screened program on the screening day: figures derived as the registry
 * derives them, live enrolments kept, then the program's own decision. Tells a household's failure (bad data for
 * this program: an error for that household) from the program's (misconfigured, or no parameter in force on the
 * day: {@link ProgramFailure}, which fails the screening).
 */
final class HouseholdScreening {

    /** The program itself cannot evaluate anyone: the screening stops with this reason. */
    static final class ProgramFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProgramFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * What the screening found for one household.
     *
     * @param household the household with its figures as of the day, or null when it failed
     * @param decision  the program's decision, or null when it failed
     * @param error     why the household could not be evaluated, or null
     */
    record Outcome(Household household, ProgramDecision decision, String error) {

        /** Eligible on the day and not already enrolled in the program: a candidate. */
        boolean candidate() {
            return decision != null && decision.eligible() && !household.enrolledIn(decision.programId());
        }

        /** The monthly amount it would get, or null for a program that grants a status, not cash. */
        BigDecimal monthlyAmount() {
            boolean statusOnly = decision.breakdown() != null && decision.breakdown().size() == 1
                    && "none".equals(decision.breakdown().get(0).item());
            return statusOnly || decision.monthlyAmount() == null ? null : decision.monthlyAmount();
        }

        /** Per-capita monthly income to the fen, as the API shows it. */
        BigDecimal perCapitaIncome() {
            BigDecimal v = household.perCapitaMonthlyIncome();
            return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
        }
    }

    private final AssistanceProgram program;
    private final BiFunction<Household, LocalDate, Household> figures;
    private final LocalDate asOf;

    /**
     * @param program the program screened for
     * @param figures the registry's derivation of a household's figures as of a day
     * @param asOf    the screening day
     */
    HouseholdScreening(AssistanceProgram program, BiFunction<Household, LocalDate, Household> figures,
            LocalDate asOf) {
        this.program = program;
        this.figures = figures;
        this.asOf = asOf;
    }

    /** Evaluates {@code h} (read with its live enrolments); throws {@link ProgramFailure} for the program's faults. */
    Outcome evaluate(Household h) {
        Household derived;
        try {
            derived = figures.apply(h, asOf).withEnrolledPrograms(h.enrolledPrograms());
        } catch (RuntimeException e) {
            return new Outcome(null, null, "figures: " + message(e));
        }
        try {
            return new Outcome(derived, program.evaluate(derived, asOf), null);
        } catch (RuntimeException e) {
            if (programFault(e)) {
                throw new ProgramFailure(program.info().id() + " cannot evaluate on " + asOf + ": " + message(e), e);
            }
            return new Outcome(null, null, message(e));
        }
    }

    /** Misconfigured (503), or a parameter not in force on the day: every household would fail alike. */
    private static boolean programFault(RuntimeException e) {
        if (e instanceof ValidationException) {
            for (FieldViolation v : ((ValidationException) e).violations()) {
                if ("asOf".equals(v.field())) {
                    return true;
                }
            }
            return false;
        }
        return e instanceof DoudiException && ((DoudiException) e).status() >= 500;
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
