package org.doudi.program.disabilitysubsidy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doudi.api.program.Amounts;
import org.doudi.api.program.Benefit;
import org.doudi.api.program.BenefitLine;
import org.doudi.api.program.MemberFacts;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.EmploymentStatus;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTags;
import org.doudi.api.registry.Member;

/**
 * The rules of the subsidy for severely disabled unemployed persons (重残无业人员生活补助): plain Java, no OSGi, so
 * that tests call it directly.
 *
 * <p><b>Who qualifies.</b> An active member who has Shanghai hukou, a disability grade from 1 to {@code maxGrade},
 * an age from {@code minAge} up to (not including) {@code maxAge}, is not in work, and is not already a
 * special-hardship person (tag {@code SPECIAL_HARDSHIP}: that program provides for them). "Not in work" means
 * {@code UNEMPLOYED} or {@code NOT_IN_LABOUR_FORCE}: flexible employment (灵活就业) is work, a retired person draws a
 * pension, and an unrecorded status must be recorded before the person can qualify.
 *
 * <p><b>How a person-level program reports.</b> {@link org.doudi.api.program.AssistanceProgram#eligibility} says
 * the household is eligible when every outcome passed. Here one qualifying member is enough, so a member who does
 * not qualify must not produce a failed outcome of their own. The outcomes are therefore: one passed
 * {@code person:<personId>} outcome per qualifying member, then one {@code qualifying-members} outcome that passes
 * when at least one member qualifies and names, for every other member, which condition failed and with which
 * figure. A refusal is explained by that one failed outcome. Members without a qualifying disability grade are
 * not candidates and are only listed.
 *
 * <p><b>Amounts.</b> Each qualifying member gets a {@code subsidy:<personId>} line of {@code monthlySubsidy}.
 * Lines carry unrounded amounts; {@link Benefit#of} rounds the total once.
 */
final class DisabilitySubsidyRules {

    /** One condition of one member, e.g. {@code hukou}: met or not, and the sentence that says why. */
    record Check(String condition, boolean met, String detail) {
    }

    private final ProgramParameters parameters;

    DisabilitySubsidyRules(ProgramParameters parameters) {
        this.parameters = parameters;
    }

    List<RuleOutcome> eligibility(Household household, LocalDate asOf) {
        List<RuleOutcome> out = new ArrayList<>();
        List<Member> qualifying = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Map<String, Object> notQualifying = new LinkedHashMap<>();
        List<String> notCandidates = new ArrayList<>();
        for (Member m : MemberFacts.active(household, asOf)) {
            List<Check> checks = checks(m, asOf);
            List<Check> failed = checks.stream().filter(c -> !c.met()).collect(Collectors.toList());
            if (failed.isEmpty()) {
                qualifying.add(m);
                out.add(RuleOutcome.pass("person:" + m.personId(), label(m, asOf) + ": " + checks.stream()
                        .map(Check::detail).collect(Collectors.joining("; ")), figures(m, asOf)));
            } else if (!checks.get(0).met()) {
                notCandidates.add(label(m, asOf));
            } else {
                notQualifying.put(m.personId(), failed.stream().map(Check::condition).collect(Collectors.toList()));
                others.add(label(m, asOf) + " does not qualify: "
                        + failed.stream().map(Check::detail).collect(Collectors.joining("; ")));
            }
        }
        int members = qualifying.size() + others.size() + notCandidates.size();
        StringBuilder d = new StringBuilder().append(qualifying.size()).append(" of ").append(members)
                .append(members == 1 ? " member " : " members ")
                .append(qualifying.size() == 1 || members == 1 ? "qualifies" : "qualify");
        if (!qualifying.isEmpty()) {
            d.append(": ").append(qualifying.stream().map(Member::name).collect(Collectors.joining(", ")));
        }
        others.forEach(o -> d.append(". ").append(o));
        if (!notCandidates.isEmpty()) {
            d.append(". No disability of grade 1–").append(parameters.intValueOn("maxGrade", asOf)).append(": ")
                    .append(String.join(", ", notCandidates));
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("members", members);
        f.put("qualifying", qualifying.size());
        f.put("qualifyingMembers", qualifying.stream().map(Member::personId).collect(Collectors.toList()));
        f.put("notQualifying", notQualifying);
        out.add(RuleOutcome.of("qualifying-members", !qualifying.isEmpty(), d.toString(), f));
        return out;
    }

    Benefit benefit(Household household, LocalDate asOf) {
        BigDecimal subsidy = parameters.valueOn("monthlySubsidy", asOf);
        List<BenefitLine> lines = new ArrayList<>();
        for (Member m : MemberFacts.active(household, asOf)) {
            if (checks(m, asOf).stream().allMatch(Check::met)) {
                lines.add(new BenefitLine("subsidy:" + m.personId(), m.name() + ": monthly subsidy "
                        + Amounts.yuan(subsidy), subsidy));
            }
        }
        return Benefit.of(lines);
    }

    /** The member's conditions, the disability grade first (it decides whether the member is a candidate). */
    List<Check> checks(Member m, LocalDate asOf) {
        return List.of(
                grade(m, parameters.intValueOn("maxGrade", asOf)),
                hukou(m),
                age(m, asOf, parameters.intValueOn("minAge", asOf), parameters.intValueOn("maxAge", asOf)),
                notEmployed(m),
                notSpecialHardship(m, asOf));
    }

    private static Check grade(Member m, int maxGrade) {
        Integer grade = m.disabilityGrade();
        if (grade == null) {
            return new Check("disability", false, "no disability grade recorded");
        }
        boolean ok = grade <= maxGrade;
        return new Check("disability", ok, "disability grade " + grade + (ok ? " ≤ " : " > ") + maxGrade);
    }

    private static Check hukou(Member m) {
        if (m.hukouLocal() == null) {
            return new Check("hukou", false, "hukou not recorded");
        }
        return new Check("hukou", m.hukouLocal(), m.hukouLocal() ? "Shanghai hukou" : "no Shanghai hukou");
    }

    private static Check age(Member m, LocalDate asOf, int minAge, int maxAge) {
        int age = MemberFacts.age(m, asOf);
        if (age < 0) {
            return new Check("age", false, "birth date unknown");
        }
        if (age < minAge) {
            return new Check("age", false, "age " + age + " < " + minAge);
        }
        if (age >= maxAge) {
            return new Check("age", false, "age " + age + " ≥ " + maxAge);
        }
        return new Check("age", true, "age " + age + " within " + minAge + "–" + (maxAge - 1));
    }

    private static Check notEmployed(Member m) {
        EmploymentStatus status = m.employmentStatus();
        if (status == null) {
            return new Check("not-employed", false, "employment status not recorded");
        }
        boolean ok = status == EmploymentStatus.UNEMPLOYED || status == EmploymentStatus.NOT_IN_LABOUR_FORCE;
        String detail = ok ? "not in work (" + status + ")"
                : status == EmploymentStatus.RETIRED ? "retired, draws a pension (RETIRED)" : "in work (" + status + ")";
        return new Check("not-employed", ok, detail);
    }

    private static Check notSpecialHardship(Member m, LocalDate asOf) {
        boolean tagged = MemberFacts.hasTag(m, IdentityTags.SPECIAL_HARDSHIP, asOf);
        return new Check("not-special-hardship", !tagged, tagged
                ? "already a special-hardship person (" + IdentityTags.SPECIAL_HARDSHIP + ")"
                : "not a special-hardship person");
    }

    private static Map<String, Object> figures(Member m, LocalDate asOf) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("personId", m.personId());
        f.put("name", m.name());
        f.put("age", MemberFacts.age(m, asOf));
        f.put("disabilityGrade", m.disabilityGrade());
        f.put("employmentStatus", m.employmentStatus().name());
        return f;
    }

    private static String label(Member m, LocalDate asOf) {
        int age = MemberFacts.age(m, asOf);
        return m.name() + (age < 0 ? " (birth date unknown)" : " (age " + age + ")");
    }
}
