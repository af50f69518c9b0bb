package org.doudi.program.charity.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doudi.api.needs.Grade;
import org.doudi.api.needs.NeedsAssessment;
import org.doudi.api.needs.NeedsGrades;
import org.doudi.api.program.RuleOutcome;

/**
 * The one eligibility rule of charity linkage, plain Java: a household can be linked to charity resources when its
 * needs assessment (困难画像) in force on the day grades at least one dimension HIGH or MEDIUM. The assessment in
 * force on a day is the newest one assessed on or before it.
 */
final class NeedsRule {
    static final String RULE = "needs";

    private NeedsRule() {
    }

    /** The assessment in force on {@code asOf} among a household's assessments (any order). */
    static Optional<NeedsAssessment> inForce(List<NeedsAssessment> history, LocalDate asOf) {
        return history.stream().filter(a -> !a.assessedOn().isAfter(asOf))
                .max((a, b) -> a.assessedOn().compareTo(b.assessedOn()));
    }

    static RuleOutcome outcome(Optional<NeedsAssessment> assessment, LocalDate asOf) {
        if (assessment.isEmpty()) {
            return RuleOutcome.fail(RULE, "no needs assessment on or before " + asOf
                    + ": assess the household's needs first", Map.of());
        }
        NeedsAssessment a = assessment.get();
        Map<String, Grade> high = graded(a.grades());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("assessedOn", a.assessedOn());
        figures.put("score", a.score());
        figures.put("dimensions", high.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.toList()));
        if (high.isEmpty()) {
            return RuleOutcome.fail(RULE, "needs assessment of " + a.assessedOn()
                    + " grades no dimension HIGH or MEDIUM (all LOW)", figures);
        }
        return RuleOutcome.pass(RULE, "needs assessment of " + a.assessedOn() + ": " + high.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")), figures);
    }

    /** The dimensions graded HIGH or MEDIUM, HIGH first, each group in the order of {@link NeedsGrades}. */
    static Map<String, Grade> graded(NeedsGrades g) {
        Map<String, Grade> all = new LinkedHashMap<>();
        all.put("material", g.material());
        all.put("health", g.health());
        all.put("education", g.education());
        all.put("employment", g.employment());
        all.put("socialSupport", g.socialSupport());
        all.put("childrenYouth", g.childrenYouth());
        Map<String, Grade> out = new LinkedHashMap<>();
        for (Grade wanted : List.of(Grade.HIGH, Grade.MEDIUM)) {
            all.forEach((name, grade) -> {
                if (grade == wanted) {
                    out.put(name, grade);
                }
            });
        }
        return out;
    }
}
