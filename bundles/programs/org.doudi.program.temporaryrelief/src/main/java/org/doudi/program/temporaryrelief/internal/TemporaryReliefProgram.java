package org.doudi.program.temporaryrelief.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.Benefit;
import org.doudi.api.program.EvidenceRequirement;
import org.doudi.api.program.ProgramInfo;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.registry.Household;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Temporary relief (临时救助, 救急难, SPEC §6) as an assistance program: the normal case for relief above the
 * small-amount cap, decided case by case. The program's own endpoints (small grants and their review, urgent
 * events, station referrals, help plans) are the resources of this bundle; its records live in the core's
 * {@link ProgramRecordStore}, so uninstalling the bundle loses none of them.
 *
 * <p>The normal case is eligible when the household has an active member and an urgent event on record within
 * {@code urgentEventDays} before the evaluation date (see {@link NormalCaseRules}); the amount is decided case by
 * case, so the benefit is {@link Benefit#none(String)}.
 */
@Component(service = AssistanceProgram.class, configurationPid = TemporaryReliefProgram.PID,
        property = AssistanceProgram.ID_PROPERTY + "=" + TemporaryReliefProgram.ID)
@Designate(ocd = TemporaryReliefConfig.class)
public class TemporaryReliefProgram implements AssistanceProgram {
    static final String ID = "temporary-relief";
    static final String PID = "org.doudi.program.temporaryrelief";
    static final String CASE_BY_CASE = "decided case by case (一事一议)";

    @Reference
    private volatile ProgramRecordStore store;

    private volatile ProgramInfo info;
    private volatile ProgramParameters parameters;

    /** For Declarative Services. */
    public TemporaryReliefProgram() {
    }

    /** Without OSGi, for tests. */
    TemporaryReliefProgram(ProgramParameters parameters, ProgramRecordStore store, String version) {
        this.parameters = parameters;
        this.store = store;
        this.info = info(version);
    }

    @Activate
    @Modified
    void configure(TemporaryReliefConfig config, BundleContext ctx) {
        parameters = parameters(config);
        info = info(ctx.getBundle().getVersion().toString());
    }

    @Override
    public ProgramInfo info() {
        return info;
    }

    @Override
    public ProgramParameters parameters() {
        return parameters;
    }

    @Override
    public List<RuleOutcome> eligibility(Household household, LocalDate asOf) {
        return new NormalCaseRules(parameters, store).eligibility(household, asOf);
    }

    @Override
    public Benefit benefit(Household household, LocalDate asOf) {
        return Benefit.none(CASE_BY_CASE);
    }

    /**
     * Reads the configuration; after parsing, every day count must be a whole number from 0 to 3650 and every cap
     * per person more than 0 with at most two decimals. A broken value is a problem of the configuration (the
     * program answers 503 naming it), never an exception on activation.
     */
    static ProgramParameters parameters(TemporaryReliefConfig c) {
        ProgramParameters built = ProgramParameters.builder(ID)
                .series("capPerPerson", "small-amount relief cap per active member, yuan", c.capPerPerson())
                .series("duplicateWindowDays", "days either side of an earlier grant's event date within which the "
                        + "same person gets no second grant for the same event type", c.duplicateWindowDays())
                .series("reviewDueDays", "days after a small grant by which its follow-up review is due",
                        c.reviewDueDays())
                .series("urgentEventDays", "normal case: days before the evaluation within which the urgent "
                        + "event must lie", c.urgentEventDays())
                .build();
        List<String> problems = new ArrayList<>(built.problems());
        for (String name : List.of("duplicateWindowDays", "reviewDueDays", "urgentEventDays")) {
            built.find(name).ifPresent(s -> s.values().stream()
                    .filter(v -> v.value().signum() < 0 || v.value().stripTrailingZeros().scale() > 0
                            || v.value().compareTo(BigDecimal.valueOf(3650)) > 0)
                    .forEach(v -> problems.add(name + ": " + v.value().toPlainString() + " (from " + v.from()
                            + ") must be a whole number of days from 0 to 3650")));
        }
        built.find("capPerPerson").ifPresent(s -> s.values().stream()
                .filter(v -> v.value().signum() <= 0 || v.value().stripTrailingZeros().scale() > 2)
                .forEach(v -> problems.add("capPerPerson: " + v.value().toPlainString() + " (from " + v.from()
                        + ") must be more than 0 yuan with at most two decimals")));
        if (c.reliefStation() == null || c.reliefStation().isBlank()) {
            problems.add("reliefStation: the relief station's name is empty");
        } else if (c.reliefStation().strip().length() > 90) {
            problems.add("reliefStation: the relief station's name is longer than 90 characters");
        }
        return new ProgramParameters(ID, built.series(), problems);
    }

    static ProgramInfo info(String version) {
        return new ProgramInfo(ID, "临时救助", "temporary relief", version, false, 0, List.of(
                new EvidenceRequirement("APPLICATION", "临时救助申请书", "application for temporary relief", false),
                new EvidenceRequirement("ID_CARD_AND_HUKOU", "居民身份证、户口簿",
                        "resident ID card and household register (hukou booklet)", true),
                new EvidenceRequirement("URGENT_EVENT_PROOF", "突发事件证明（火灾、事故、疾病、灾害、死亡等）",
                        "proof of the urgent event (fire, accident, illness, disaster, death ...)", false),
                new EvidenceRequirement("HARDSHIP_VERIFICATION", "困难核实记录",
                        "record of the verification of the hardship", false)));
    }
}
