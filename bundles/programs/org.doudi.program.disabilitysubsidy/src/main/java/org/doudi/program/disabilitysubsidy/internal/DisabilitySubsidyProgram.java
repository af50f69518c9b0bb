package org.doudi.program.disabilitysubsidy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.Benefit;
import org.doudi.api.program.EvidenceRequirement;
import org.doudi.api.program.ProgramInfo;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.Household;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The subsidy for severely disabled unemployed persons (重残无业人员生活补助) as an assistance program, and the
 * template to copy for a new program (see this module's README.md).
 *
 * <p><b>What makes it a program.</b> This class is a Declarative Services component that registers an
 * {@link AssistanceProgram} service with the property {@code doudi.program.id=disability-subsidy}. The core
 * tracks such services: while this one is registered the program is listed at {@code GET /api/programs}, evaluates
 * households at {@code POST /api/programs/disability-subsidy/evaluations}, and serves its own resources (here
 * {@link EligibleGradesResource}) under {@code /api/programs/disability-subsidy/}. Stopping or uninstalling the
 * bundle withdraws all of it; the data stays in the registry.
 *
 * <p><b>Configuration.</b> {@code configurationPid} names the PID (the id without hyphens) and
 * {@link DisabilitySubsidyConfig} describes it. DS calls {@link #configure} when the component starts and again
 * whenever the configuration changes ({@code @Modified}), so a new figure applies without a restart. configure
 * never throws: a value that cannot be read becomes a <em>problem</em> in {@link ProgramParameters}, the program
 * stays listed with the problem shown, and evaluations answer 503 until the configuration is fixed — no one is
 * paid from a wrong figure.
 *
 * <p><b>Rules and amounts</b> live in {@link DisabilitySubsidyRules}, plain Java that the tests call without OSGi.
 * The component only holds the current parameters (volatile: evaluations run on many threads while the
 * configuration may change) and hands them to the rules.
 */
@Component(service = AssistanceProgram.class, configurationPid = DisabilitySubsidyProgram.PID,
        property = AssistanceProgram.ID_PROPERTY + "=" + DisabilitySubsidyProgram.ID)
@Designate(ocd = DisabilitySubsidyConfig.class)
public class DisabilitySubsidyProgram implements AssistanceProgram {
    static final String ID = "disability-subsidy";
    static final String PID = "org.doudi.program.disabilitysubsidy";

    private volatile ProgramInfo info;
    private volatile ProgramParameters parameters;

    /** For Declarative Services. */
    public DisabilitySubsidyProgram() {
    }

    /** Without OSGi, for tests. */
    DisabilitySubsidyProgram(ProgramParameters parameters, String version) {
        this.parameters = parameters;
        this.info = info(version);
    }

    @Activate
    @Modified
    void configure(DisabilitySubsidyConfig config, BundleContext ctx) {
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
        return new DisabilitySubsidyRules(parameters).eligibility(household, asOf);
    }

    @Override
    public Benefit benefit(Household household, LocalDate asOf) {
        return new DisabilitySubsidyRules(parameters).benefit(household, asOf);
    }

    /**
     * Reads the configuration into effective-dated series. {@code standard(...)} marks the yearly standard (the
     * server warns when it is more than 12 months old); {@code series(...)} the other parameters. After parsing,
     * checks that the builder cannot know about are added as problems: here, grades and ages are whole numbers.
     */
    static ProgramParameters parameters(DisabilitySubsidyConfig c) {
        ProgramParameters built = ProgramParameters.builder(ID)
                .standard("monthlySubsidy", "monthly subsidy per qualifying person, yuan", c.monthlySubsidy())
                .series("maxGrade", "least severe disability grade that qualifies (1–4)", c.maxGrade())
                .series("minAge", "youngest qualifying age, years", c.minAge())
                .series("maxAge", "age from which a person no longer qualifies, years", c.maxAge())
                .build();
        List<String> problems = new ArrayList<>(built.problems());
        for (String name : List.of("maxGrade", "minAge", "maxAge")) {
            built.find(name).ifPresent(s -> s.values().stream()
                    .filter(v -> v.value().stripTrailingZeros().scale() > 0)
                    .forEach(v -> problems.add(name + ": " + v.value().toPlainString() + " (from " + v.from()
                            + ") is not a whole number")));
        }
        // a disability grade runs from 1 to 4, an age from 0 to 150: anything else is a typing error
        range(built, problems, "maxGrade", 1, 4);
        range(built, problems, "minAge", 0, 150);
        range(built, problems, "maxAge", 0, 150);
        return new ProgramParameters(ID, built.series(), problems);
    }

    private static void range(ProgramParameters p, List<String> problems, String name, int min, int max) {
        p.find(name).ifPresent(s -> s.values().stream()
                .filter(v -> v.value().compareTo(java.math.BigDecimal.valueOf(min)) < 0
                        || v.value().compareTo(java.math.BigDecimal.valueOf(max)) > 0)
                .forEach(v -> problems.add(name + ": " + v.value().toPlainString() + " (from " + v.from()
                        + ") must be " + min + " to " + max)));
    }

    static ProgramInfo info(String version) {
        return new ProgramInfo(ID, "重残无业人员生活补助", "subsidy for severely disabled unemployed persons", version,
                true, 12, List.of(
                new EvidenceRequirement("APPLICATION", "重残无业人员生活补助申请表",
                        "application for the severely disabled unemployed persons' subsidy", false),
                new EvidenceRequirement("ID_CARD_AND_HUKOU", "居民身份证、户口簿",
                        "resident ID card and household register (hukou booklet)", true),
                new EvidenceRequirement("DISABILITY_CERTIFICATE", "残疾人证", "disability certificate", true),
                new EvidenceRequirement("UNEMPLOYMENT_PROOF", "无业（失业）证明",
                        "proof of being without work (unemployment registration)", true)));
    }
}
