package org.doudi.program.charity.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentQuery;
import org.doudi.api.casework.EnrolmentService;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.EnrolmentStatusChange;
import org.doudi.api.casework.Payroll;

/** Enrolments in memory: search only. */
final class FakeEnrolments implements EnrolmentService {
    final List<Enrolment> enrolments = new ArrayList<>();

    void add(String householdId, String programId, String street, EnrolmentStatus status) {
        enrolments.add(new Enrolment("e" + enrolments.size(), householdId, programId, "c" + enrolments.size(), street,
                null, YearMonth.of(2024, 1), null, null, status, null, null, null, List.of(), 1));
    }

    @Override
    public Page<Enrolment> search(EnrolmentQuery q) {
        List<Enrolment> all = enrolments.stream()
                .filter(e -> q.householdId() == null || q.householdId().equals(e.householdId()))
                .filter(e -> q.programId() == null || q.programId().equals(e.programId()))
                .filter(e -> q.status() == null || q.status() == e.status())
                .filter(e -> q.street() == null || q.street().equals(e.street()))
                .collect(Collectors.toList());
        int from = Math.min(all.size(), q.page() * q.size());
        return new Page<>(all.subList(from, Math.min(all.size(), from + q.size())), q.page(), q.size(), all.size());
    }

    @Override
    public Optional<Enrolment> find(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Enrolment changeStatus(String id, EnrolmentStatusChange change, WriteContext context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Payroll payroll(String programId, YearMonth month, String street) {
        throw new UnsupportedOperationException();
    }
}
