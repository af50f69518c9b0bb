package org.doudi.api.program;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;

/**
 * A program's parameters as configured: effective-dated series, and the problems found reading the
 * configuration. A program with problems does not evaluate (503, naming the parameter) rather than pay from a
 * wrong figure; it stays listed so that the problem is visible.
 *
 * @param programId the program
 * @param series    the parameters
 * @param problems  what is wrong with the configuration; empty when it is usable
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProgramParameters(String programId, List<ParameterSeries> series, List<String> problems) {

    /** How old (in months) the standard in force may be before the server warns. */
    public static final int STALE_AFTER_MONTHS = 12;

    public ProgramParameters {
        series = List.copyOf(series);
        problems = List.copyOf(problems);
    }

    /** Starts reading a program's configuration. */
    public static Builder builder(String programId) {
        return new Builder(programId);
    }

    /** The series called {@code name}. */
    public Optional<ParameterSeries> find(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * The value of {@code name} in force on {@code date}.
     *
     * @throws DoudiException 503 when the configuration has problems
     * @throws ValidationException on {@code asOf} when the series starts after {@code date}
     */
    public BigDecimal valueOn(String name, LocalDate date) {
        requireUsable();
        ParameterSeries s = find(name).orElseThrow(() -> new IllegalArgumentException("no parameter " + name));
        return s.on(date).map(EffectiveValue::value).orElseThrow(() -> new ValidationException("asOf",
                "parameterInForce", programId + ": no value of '" + name + "' is in force on " + date
                        + " (the first takes effect on " + s.values().get(0).from() + ")"));
    }

    /** The value of {@code name} on {@code date} as a whole number (months, years, counts). */
    public int intValueOn(String name, LocalDate date) {
        BigDecimal v = valueOn(name, date);
        try {
            return v.intValueExact();
        } catch (ArithmeticException e) {
            throw new DoudiException(503, "program-misconfigured", "program " + programId + ": parameter '" + name
                    + "' in force on " + date + " is " + v.toPlainString() + ", not a whole number in range; fix "
                    + AssistanceProgram.pidOf(programId));
        }
    }

    /** Fails with 503 when the configuration cannot be used. */
    public void requireUsable() {
        if (!problems.isEmpty()) {
            throw new DoudiException(503, "program-misconfigured", "program " + programId
                    + " is misconfigured and does not evaluate until its configuration "
                    + AssistanceProgram.pidOf(programId) + " is fixed: " + String.join("; ", problems));
        }
    }

    /** Every parameter's value in force on {@code date} (parameters not yet in force are left out). */
    public Map<String, Object> inForce(LocalDate date) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ParameterSeries s : series) {
            s.on(date).ifPresent(v -> out.put(s.name(), v.value()));
        }
        return out;
    }

    /**
     * Warnings for standards whose value in force on {@code today} took effect more than
     * {@value #STALE_AFTER_MONTHS} months before: a stale standard silently pays the wrong amount.
     */
    @JsonIgnore
    public List<String> staleStandards(LocalDate today) {
        List<String> warnings = new ArrayList<>();
        for (ParameterSeries s : series) {
            if (!s.standard()) {
                continue;
            }
            s.on(today).filter(v -> v.from().isBefore(today.minusMonths(STALE_AFTER_MONTHS))).ifPresent(v ->
                    warnings.add(programId + ": the standard '" + s.name() + "' in force (" + v.value().toPlainString()
                            + " since " + v.from() + ") is more than " + STALE_AFTER_MONTHS
                            + " months old; enter the current figure in " + AssistanceProgram.pidOf(programId)));
        }
        return warnings;
    }

    /** Collects series from configuration strings, recording problems instead of failing on the first. */
    public static final class Builder {
        private final String programId;
        private final List<ParameterSeries> series = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        private Builder(String programId) {
            this.programId = programId;
        }

        /** A parameter that is not a yearly standard. */
        public Builder series(String name, String description, String text) {
            return add(name, description, false, text);
        }

        /** A standard that must be renewed yearly (stale after {@value #STALE_AFTER_MONTHS} months). */
        public Builder standard(String name, String description, String text) {
            return add(name, description, true, text);
        }

        private Builder add(String name, String description, boolean standard, String text) {
            try {
                series.add(ParameterSeries.parse(name, description, standard, text));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            return this;
        }

        public ProgramParameters build() {
            return new ProgramParameters(programId, series, problems);
        }
    }
}
