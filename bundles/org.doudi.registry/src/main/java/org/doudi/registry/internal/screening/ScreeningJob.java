package org.doudi.registry.internal.screening;

import javax.sql.DataSource;
import org.doudi.api.StreetDirectory;
import org.doudi.api.jobs.JobType;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.ProgramDirectory;
import org.doudi.api.registry.HouseholdService;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.bulk.HouseholdStream;
import org.doudi.registry.internal.jobs.JobKind;
import org.doudi.registry.internal.jobs.JobRun;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs big screening (大排查) jobs: every household of the street (or district) evaluated for the program on the
 * day asked, candidates written to {@code screening_candidate}. Fails when the program is gone or cannot
 * evaluate at all; a household the program cannot evaluate is a row error.
 */
@Component(service = JobKind.class)
public class ScreeningJob implements JobKind {

    @Reference
    private ProgramDirectory programs;
    @Reference
    private HouseholdService households;
    @Reference
    private StreetDirectory streets;
    @Reference(target = "(osgi.jndi.service.name=doudi)")
    private DataSource dataSource;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query

    @Override
    public JobType type() {
        return JobType.SCREENING;
    }

    @Override
    public String run(JobRun run) throws Exception {
        ScreeningSettings settings = ScreeningSettings.of(run.parameters(), run.street());
        AssistanceProgram program = programs.find(settings.programId()).orElseThrow(() -> new IllegalStateException(
                "program " + settings.programId() + " is not installed; install it and screen again"));
        program.parameters().requireUsable();
        HouseholdScreening screening = new HouseholdScreening(program, households::deriveFigures, settings.asOf());
        return new ScreeningPass(dataSource, new HouseholdStream(dataSource, streets), screening, settings, run).run();
    }
}
