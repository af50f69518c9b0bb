package org.doudi.program.charity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdQuery;
import org.doudi.api.registry.HouseholdRevision;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.WriteResult;

/** The household registry in memory: lookups, and the reads recorded ("household|actor|purpose"). */
final class FakeHouseholds implements HouseholdService {
    final Map<String, Household> households = new LinkedHashMap<>();
    final List<String> reads = new ArrayList<>();

    Household add(Household h) {
        households.put(h.id(), h);
        return h;
    }

    @Override
    public Optional<Household> find(String id) {
        return Optional.ofNullable(households.get(id));
    }

    @Override
    public Optional<Household> find(String id, LocalDate asOf) {
        return find(id);
    }

    @Override
    public Page<Household> search(HouseholdQuery q) {
        List<Household> found = households.values().stream()
                .filter(h -> q.street() == null || q.street().equals(h.street()))
                .filter(h -> q.idNumber() == null || h.members().stream()
                        .anyMatch(m -> m.endedOn() == null && q.idNumber().equals(m.idNumber())))
                .collect(Collectors.toList());
        return new Page<>(found.stream().limit(q.size()).collect(Collectors.toList()), q.page(), q.size(),
                found.size());
    }

    @Override
    public WriteResult<Household> create(Household household, WriteContext context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Household deriveFigures(Household household, LocalDate asOf) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Household update(String id, long expectedVersion, Household household, WriteContext context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Household addMember(String householdId, Member member, WriteContext context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Household endMember(String householdId, String personId, LocalDate endedOn, EndReason reason,
            WriteContext context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Household> findByMember(String idNumber, int max) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<HouseholdRevision> history(String householdId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void recordRead(String householdId, String actor, String purpose) {
        reads.add(householdId + "|" + actor + "|" + purpose);
    }

    @Override
    public long count(String street) {
        return households.size();
    }
}
