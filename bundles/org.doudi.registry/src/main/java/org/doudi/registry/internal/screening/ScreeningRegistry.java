package org.doudi.registry.internal.screening;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.doudi.api.DoudiClock;
import org.doudi.api.Page;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.jobs.Job;
import org.doudi.api.jobs.JobType;
import org.doudi.api.monitoring.ScreeningCandidate;
import org.doudi.api.monitoring.ScreeningRequest;
import org.doudi.api.monitoring.ScreeningService;
import org.doudi.api.program.ProgramDirectory;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.jobs.JobRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Big screening (大排查, SPEC §5): checks a request and hands it to the job runner ({@link ScreeningJob} does the
 * work); lists the candidates a screening found.
 */
@Component(service = ScreeningService.class)
public class ScreeningRegistry implements ScreeningService {
    /** The largest page of candidates. */
    static final int MAX_PAGE = 500;

    @Reference
    private JobRegistry jobs;
    @Reference
    private ProgramDirectory programs;
    @Reference
    private StreetDirectory streets;
    @Reference
    private DoudiClock clock;
    @Reference(target = "(osgi.jndi.service.name=doudi)")
    private DataSource dataSource;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query

    @Override
    public Job start(ScreeningRequest request, WriteContext context) {
        ScreeningSettings settings = ScreeningSettings.check(request, clock.today(), programs, streets);
        return jobs.submit(JobType.SCREENING, context.actor(), settings.street(), settings.parameters(), null);
    }

    @Override
    public Page<ScreeningCandidate> candidates(String screeningId, String street, int page, int size) {
        if (page < 0) {
            throw new ValidationException("page", "min", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw new ValidationException("size", "range", "must be between 1 and " + MAX_PAGE);
        }
        if (street != null && streets.find(street).isEmpty()) {
            throw new ValidationException("street", "known", "unknown street '" + street + "'");
        }
        try {
            return new CandidateQueries(dataSource).page(screeningId, street, page, size);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the candidates of screening " + screeningId + " failed", e);
        }
    }
}
