package org.doudi.program.charity.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doudi.api.WriteContext;
import org.doudi.api.needs.Grade;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.ResourceCategory;
import org.doudi.api.resources.ResourceKind;
import org.doudi.api.resources.ResourceMatch;
import org.doudi.api.resources.ResourceQuery;
import org.doudi.api.resources.ResourceRequest;
import org.doudi.api.resources.ResourceService;

/** The resource list in memory; {@link #matches} answers what a test put in {@link #matches}. */
final class FakeResources implements ResourceService {
    final List<AssistanceResource> resources = new ArrayList<>();
    final List<ResourceMatch> matches = new ArrayList<>();
    final List<String> matchedHouseholds = new ArrayList<>();

    @Override
    public AssistanceResource create(ResourceRequest r, String programId, WriteContext context) {
        AssistanceResource a = new AssistanceResource("r" + resources.size(), r.name(), ResourceKind.valueOf(r.kind()),
                ResourceCategory.valueOf(r.category()), r.provider(), programId, r.street(), r.capacity(), r.budget(),
                0, BigDecimal.ZERO.setScale(2), r.validFrom() == null ? null : LocalDate.parse(r.validFrom()),
                r.validTo() == null ? null : LocalDate.parse(r.validTo()), true, r.description(), 1, Instant.EPOCH);
        resources.add(a);
        return a;
    }

    void match(String dimension, Grade grade, AssistanceResource r) {
        matches.add(new ResourceMatch(dimension, grade, r));
    }

    @Override
    public List<ResourceMatch> matches(String householdId, LocalDate asOf) {
        matchedHouseholds.add(householdId);
        return List.copyOf(matches);
    }

    @Override
    public Optional<AssistanceResource> get(String id) {
        return resources.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public List<AssistanceResource> find(ResourceQuery q) {
        return resources.stream().filter(r -> q.programId() == null || q.programId().equals(r.programId()))
                .filter(r -> q.kind() == null || q.kind() == r.kind())
                .filter(r -> q.street() == null || r.street() == null || q.street().equals(r.street()))
                .collect(Collectors.toList());
    }

    @Override
    public AssistanceResource update(String id, long expectedVersion, ResourceRequest r, WriteContext context) {
        AssistanceResource old = get(id).orElseThrow();
        AssistanceResource a = new AssistanceResource(id, r.name(), ResourceKind.valueOf(r.kind()),
                ResourceCategory.valueOf(r.category()), r.provider(), old.programId(), r.street(), r.capacity(),
                r.budget(), old.committed(), old.committedAmount(),
                r.validFrom() == null ? null : LocalDate.parse(r.validFrom()),
                r.validTo() == null ? null : LocalDate.parse(r.validTo()), !Boolean.FALSE.equals(r.active()),
                r.description(), old.version() + 1, Instant.EPOCH);
        resources.set(resources.indexOf(old), a);
        return a;
    }
}
