package org.doudi.program.dibaoedge.internal;

import java.time.LocalDate;
import java.util.List;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.Benefit;
import org.doudi.api.program.ProgramInfo;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.Household;

/** Stands in for the dibao program: only its parameters, with a {@code standard} series. */
final class FakeDibao implements AssistanceProgram {

    private final ProgramParameters parameters;

    FakeDibao(String standardText) {
        parameters = ProgramParameters.builder("dibao").standard("standard", "dibao standard (yuan)", standardText)
                .build();
    }

    @Override
    public ProgramInfo info() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProgramParameters parameters() {
        return parameters;
    }

    @Override
    public List<RuleOutcome> eligibility(Household household, LocalDate asOf) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Benefit benefit(Household household, LocalDate asOf) {
        throw new UnsupportedOperationException();
    }
}
