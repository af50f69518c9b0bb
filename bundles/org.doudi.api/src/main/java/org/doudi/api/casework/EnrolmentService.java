package org.doudi.api.casework;

import java.time.YearMonth;
import java.util.Optional;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;

/**
 * Enrolments and the monthly payment roll. Both are served by the core, so they survive a program being
 * redeployed.
 */
public interface EnrolmentService {

    /** The enrolment. */
    Optional<Enrolment> find(String id);

    /** Enrolments matching the query. */
    Page<Enrolment> search(EnrolmentQuery query);

    /** Suspends, resumes or ends an enrolment (a terminated one stays terminated: 409). */
    Enrolment changeStatus(String id, EnrolmentStatusChange change, WriteContext context);

    /** The roll of {@code month}: enrolments active on its first day, for one program and street or all. */
    Payroll payroll(String programId, YearMonth month, String street);
}
