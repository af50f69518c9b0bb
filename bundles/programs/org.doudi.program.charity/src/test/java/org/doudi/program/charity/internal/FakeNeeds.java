package org.doudi.program.charity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;
import org.doudi.api.needs.Grade;
import org.doudi.api.needs.NeedsAssessment;
import org.doudi.api.needs.NeedsAssessmentRequest;
import org.doudi.api.needs.NeedsGrades;
import org.doudi.api.needs.NeedsService;

/** Needs assessments in memory. */
final class FakeNeeds implements NeedsService {
    final List<NeedsAssessment> assessments = new ArrayList<>();

    void assess(String householdId, LocalDate on, NeedsGrades grades) {
        assessments.add(new NeedsAssessment("a" + assessments.size(), householdId, "tianshanlu", on, grades,
                grades.score(), Grade.MEDIUM, null, true, null, "tester", Instant.EPOCH, 1));
    }

    @Override
    public List<NeedsAssessment> history(String householdId) {
        return assessments.stream().filter(a -> a.householdId().equals(householdId))
                .sorted(Comparator.comparing(NeedsAssessment::assessedOn).reversed()).collect(Collectors.toList());
    }

    @Override
    public Optional<NeedsAssessment> current(String householdId) {
        return history(householdId).stream().findFirst();
    }

    @Override
    public NeedsAssessment assess(NeedsAssessmentRequest request, WriteContext context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<NeedsAssessment> currentList(String street, Grade level, int page, int size) {
        throw new UnsupportedOperationException();
    }
}
