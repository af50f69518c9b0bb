package org.doudi.rest.internal.programs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.EvidenceRequirement;
import org.doudi.api.program.ProgramInfo;
import org.doudi.api.program.ProgramParameters;

/**
 * A program as {@code GET /api/programs} lists it: who it is, its parameters in force today and what operators
 * must know (a stale standard, a misconfiguration).
 *
 * @param id                   program id
 * @param nameZh               Chinese name
 * @param nameEn               English name
 * @param version              deployed version
 * @param paysMonthlyCash      whether it pays a monthly amount
 * @param reviewIntervalMonths months a decision holds before review
 * @param evidence             documents an application needs
 * @param configurationPid     where its parameters are configured
 * @param parameters           parameter values in force today
 * @param warnings             stale standards and configuration problems
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProgramSummary(String id, String nameZh, String nameEn, String version, boolean paysMonthlyCash,
        int reviewIntervalMonths, List<EvidenceRequirement> evidence, String configurationPid,
        Map<String, Object> parameters, List<String> warnings) {

    /** The summary of {@code program} as of {@code today}. */
    public static ProgramSummary of(AssistanceProgram program, LocalDate today) {
        ProgramInfo info = program.info();
        ProgramParameters p = program.parameters();
        List<String> warnings = new ArrayList<>(p.problems());
        warnings.addAll(p.staleStandards(today));
        return new ProgramSummary(info.id(), info.nameZh(), info.nameEn(), info.version(), info.paysMonthlyCash(),
                info.reviewIntervalMonths(), info.evidence(), AssistanceProgram.pidOf(info.id()), p.inForce(today),
                warnings);
    }
}
