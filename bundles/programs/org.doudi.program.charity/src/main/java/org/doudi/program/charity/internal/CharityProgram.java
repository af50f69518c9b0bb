package org.doudi.program.charity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doudi.api.needs.NeedsService;
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
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Charity linkage (慈善衔接, SPEC §7) as an assistance program: it pays no cash; a household is eligible to be
 * linked to charity resources when its needs assessment in force grades a dimension HIGH or MEDIUM
 * ({@link NeedsRule}). The program's own work — organisations, projects, consent, data exchange, referrals — is in
 * the services and resources of this bundle; their records live in the core's record store and survive the bundle.
 */
@Component(service = AssistanceProgram.class, configurationPid = CharityProgram.PID,
        property = AssistanceProgram.ID_PROPERTY + "=" + CharityProgram.ID)
@Designate(ocd = CharityConfig.class)
public class CharityProgram implements AssistanceProgram {
    static final String ID = "charity";
    static final String PID = "org.doudi.program.charity";
    static final String TARGET = "(" + AssistanceProgram.ID_PROPERTY + "=" + ID + ")";

    @Reference
    private NeedsService needs;

    private volatile ProgramInfo info;
    private volatile ProgramParameters parameters;

    /** For Declarative Services. */
    public CharityProgram() {
    }

    /** Without OSGi, for tests. */
    CharityProgram(ProgramParameters parameters, NeedsService needs, String version) {
        this.parameters = parameters;
        this.needs = needs;
        this.info = info(version);
    }

    @Activate
    @Modified
    void configure(CharityConfig config, BundleContext ctx) {
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
        parameters.requireUsable();
        return List.of(NeedsRule.outcome(household.id() == null ? Optional.empty()
                : NeedsRule.inForce(needs.history(household.id()), asOf), asOf));
    }

    @Override
    public Benefit benefit(Household household, LocalDate asOf) {
        return Benefit.none("charity linkage pays no cash: the household is matched and referred to charity projects");
    }

    /** The configuration as effective-dated series; a consent validity below one month is a problem. */
    static ProgramParameters parameters(CharityConfig c) {
        ProgramParameters built = ProgramParameters.builder(ID)
                .series("consentValidMonths", "months a consent stays valid from the day it was given",
                        c.consentValidMonths())
                .build();
        List<String> problems = new ArrayList<>(built.problems());
        built.find("consentValidMonths").ifPresent(s -> s.values().stream()
                .filter(v -> v.value().stripTrailingZeros().scale() > 0 || v.value().signum() <= 0
                        || v.value().compareTo(java.math.BigDecimal.valueOf(120)) > 0)
                .forEach(v -> problems.add("consentValidMonths: " + v.value().toPlainString() + " (from " + v.from()
                        + ") must be a whole number of months from 1 to 120")));
        return new ProgramParameters(ID, built.series(), problems);
    }

    static ProgramInfo info(String version) {
        return new ProgramInfo(ID, "慈善衔接", "charity linkage", version, false, 12, List.of(
                new EvidenceRequirement("CONSENT_FORM", "信息共享与转介知情同意书",
                        "signed consent to exchange data with and be referred to a charity organisation", true),
                new EvidenceRequirement("ID_CARD_AND_HUKOU", "居民身份证、户口簿",
                        "resident ID card and household register (hukou booklet)", true)));
    }
}
