package org.doudi.registry.internal.programs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.program.ProgramDirectory;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whiteboard of installed programs: binds every {@link AssistanceProgram} service as it comes and goes, and
 * logs a warning for each stale standard or misconfigured program when a program arrives and once a day.
 */
@Component(service = ProgramDirectory.class)
public class InstalledPrograms implements ProgramDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(InstalledPrograms.class);

    private final Map<String, AssistanceProgram> programs = new ConcurrentHashMap<>();

    @Reference
    private HouseholdService households;
    @Reference
    private DoudiClock clock;

    private ScheduledExecutorService daily;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindProgram(AssistanceProgram program) {
        String id = program.info().id();
        programs.put(id, program);
        LOG.info("Assistance program {} ({}) {} installed", id, program.info().nameZh(), program.info().version());
        if (clock != null) {
            warningsOf(program).forEach(LOG::warn);
        }
    }

    void unbindProgram(AssistanceProgram program) {
        programs.remove(program.info().id(), program);
        LOG.info("Assistance program {} withdrawn", program.info().id());
    }

    @Activate
    void activate() {
        daily = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "doudi-program-warnings");
            t.setDaemon(true);
            return t;
        });
        daily.scheduleAtFixedRate(() -> warnings().forEach(LOG::warn), 0, 1, TimeUnit.DAYS);
    }

    @Deactivate
    void deactivate() {
        daily.shutdownNow();
    }

    @Override
    public List<AssistanceProgram> installed() {
        return programs.values().stream().sorted(Comparator.comparing(p -> p.info().id())).collect(Collectors.toList());
    }

    @Override
    public Optional<AssistanceProgram> find(String programId) {
        return programId == null ? Optional.empty() : Optional.ofNullable(programs.get(programId));
    }

    @Override
    public ProgramDecision evaluate(String programId, String householdId, LocalDate asOf) {
        AssistanceProgram program = find(programId)
                .orElseThrow(() -> DoudiException.notFound("program " + programId + " (not installed)"));
        Household household = households.find(householdId, asOf)
                .orElseThrow(() -> DoudiException.notFound("household " + householdId));
        return program.evaluate(household, asOf);
    }

    @Override
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        installed().forEach(p -> warnings.addAll(warningsOf(p)));
        return warnings;
    }

    private List<String> warningsOf(AssistanceProgram program) {
        ProgramParameters parameters = program.parameters();
        List<String> warnings = new ArrayList<>();
        if (!parameters.problems().isEmpty()) {
            warnings.add(program.info().id() + ": misconfigured, not evaluating: " + String.join("; ", parameters.problems()));
        }
        warnings.addAll(parameters.staleStandards(clock.today()));
        return warnings;
    }
}
