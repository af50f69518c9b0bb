package org.doudi.program.specialhardship.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.program.Amounts;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.Benefit;
import org.doudi.api.program.BenefitLine;
import org.doudi.api.program.MemberFacts;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.SelfCare;

/**
 * The rules of special hardship support (特困人员救助供养), a person-level program: each active member is tested
 * ({@link PersonCheck}) and the household is eligible when at least one member qualifies.
 *
 * <p>Outcomes: one passed {@code person:<personId>} outcome per qualifying member, then {@code qualifying-members},
 * which passes when at least one member qualifies and names, for every other member, why not. A member who does
 * not qualify therefore never fails the household by itself; a refusal is explained by the one failed
 * {@code qualifying-members} outcome.
 *
 * <p>Benefit per qualifying member: basic living (基本生活费) = {@code basicLivingMultiple} × the dibao standard,
 * plus the care allowance (照料护理费) of the member's self-care level (全自理 / 半失能 / 全失能).
 */
final class SpecialHardshipRules {
    static final String QUALIFYING_MEMBERS = "qualifying-members";

    private final ProgramParameters parameters;
    private final AssistanceProgram dibao;

    /**
     * @param parameters this program's parameters
     * @param dibao      the dibao program, whose {@code standard} the basic living and the income test use
     */
    SpecialHardshipRules(ProgramParameters parameters, AssistanceProgram dibao) {
        this.parameters = parameters;
        this.dibao = dibao;
    }

    List<RuleOutcome> eligibility(Household household, LocalDate asOf) {
        List<PersonCheck> checks = checks(household, asOf);
        List<RuleOutcome> out = new ArrayList<>();
        checks.stream().filter(PersonCheck::qualifies).forEach(c -> out.add(c.outcome(asOf)));
        out.add(summary(checks, asOf));
        return out;
    }

    Benefit benefit(Household household, LocalDate asOf) {
        BigDecimal multiple = parameters.valueOn("basicLivingMultiple", asOf);
        BigDecimal standard = dibaoStandard(asOf);
        List<BenefitLine> lines = new ArrayList<>();
        for (PersonCheck c : checks(household, asOf)) {
            if (!c.qualifies()) {
                continue;
            }
            Member m = c.member();
            BigDecimal basic = multiple.multiply(standard);
            lines.add(new BenefitLine("basic-living:" + m.personId(), m.name() + ": basic living "
                    + Amounts.factor(multiple) + " × dibao standard " + Amounts.yuan(standard) + " = "
                    + Amounts.yuan(basic), basic));
            SelfCare level = m.selfCare() == null ? SelfCare.FULL : m.selfCare();
            BigDecimal care = parameters.valueOn(careParameter(level), asOf);
            lines.add(new BenefitLine("care:" + m.personId(), m.name() + ": care allowance, self-care " + level
                    + " (" + zh(level) + ")" + (m.selfCare() == null ? ", self-care not assessed: treated as FULL" : "")
                    + " = " + Amounts.yuan(care), care));
        }
        return Benefit.of(lines);
    }

    private List<PersonCheck> checks(Household household, LocalDate asOf) {
        PersonCheck.Thresholds t = new PersonCheck.Thresholds(parameters.intValueOn("elderlyAge", asOf),
                parameters.intValueOn("minorAge", asOf), parameters.intValueOn("supporterMaxAge", asOf),
                dibaoStandard(asOf));
        List<Member> active = MemberFacts.active(household, asOf);
        return active.stream().map(m -> PersonCheck.of(m, active, household.incomes(), asOf, t))
                .collect(Collectors.toList());
    }

    private RuleOutcome summary(List<PersonCheck> checks, LocalDate asOf) {
        List<PersonCheck> qualifying = checks.stream().filter(PersonCheck::qualifies).collect(Collectors.toList());
        StringBuilder d = new StringBuilder().append(qualifying.size()).append(" of ").append(checks.size())
                .append(checks.size() == 1 ? " member " : " members ")
                .append(qualifying.size() == 1 || checks.size() == 1 ? "qualifies" : "qualify");
        if (!qualifying.isEmpty()) {
            d.append(": ").append(qualifying.stream().map(c -> c.member().name()).collect(Collectors.joining(", ")));
        }
        Map<String, Object> notQualifying = new LinkedHashMap<>();
        List<String> notCandidates = new ArrayList<>();
        for (PersonCheck c : checks) {
            if (!c.candidate()) {
                notCandidates.add(c.member().personId());
            } else if (!c.qualifies()) {
                notQualifying.put(c.member().personId(), c.failed().stream().map(PersonCheck.Condition::id)
                        .collect(Collectors.toList()));
                d.append(". ").append(c.label(asOf)).append(" does not qualify: ")
                        .append(c.failed().stream().map(PersonCheck.Condition::detail).collect(Collectors.joining("; ")));
            }
        }
        if (!notCandidates.isEmpty()) {
            d.append(". Not elderly, severely disabled or a minor: ").append(checks.stream()
                    .filter(c -> !c.candidate()).map(c -> c.label(asOf)).collect(Collectors.joining(", ")));
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("members", checks.size());
        f.put("qualifying", qualifying.size());
        f.put("qualifyingMembers", qualifying.stream().map(c -> c.member().personId()).collect(Collectors.toList()));
        f.put("notQualifying", notQualifying);
        f.put("notCandidates", notCandidates);
        f.put("dibaoStandard", dibaoStandard(asOf));
        return RuleOutcome.of(QUALIFYING_MEMBERS, !qualifying.isEmpty(), d.toString(), f);
    }

    private BigDecimal dibaoStandard(LocalDate asOf) {
        if (dibao.parameters().find("standard").isEmpty()) {
            throw new DoudiException(503, "program-misconfigured",
                    "special-hardship needs the dibao parameter 'standard', which the installed dibao program lacks");
        }
        return dibao.parameters().valueOn("standard", asOf);
    }

    static String careParameter(SelfCare level) {
        return switch (level) {
            case FULL -> "careAllowanceFull";
            case PARTIAL -> "careAllowancePartial";
            case NONE -> "careAllowanceNone";
        };
    }

    private static String zh(SelfCare level) {
        return switch (level) {
            case FULL -> "全自理";
            case PARTIAL -> "半失能";
            case NONE -> "全失能";
        };
    }
}
