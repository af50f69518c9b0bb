package org.doudi.program.dibaoedge.internal;

import java.time.LocalDate;
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
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognition of dibao-edge families (最低生活保障边缘家庭) as an assistance program: a household whose per-capita
 * income is at or above the dibao standard but below a multiple of it (Shanghai: 2 ×), with assets within
 * limits, is recognised and thereby gets special assistance (medical, education, housing, employment), not a
 * monthly cash benefit; reviewed yearly.
 *
 * <p>The dibao standard belongs to the dibao program, so this component has a mandatory reference to the
 * program service with {@code doudi.program.id=dibao}: dibao-edge is available only while the dibao program is
 * installed, and goes (and comes back) with it. The rules are in {@link DibaoEdgeRules}.
 */
@Component(service = AssistanceProgram.class, configurationPid = "org.doudi.program.dibaoedge",
        property = AssistanceProgram.ID_PROPERTY + "=" + DibaoEdgeParameters.PROGRAM_ID)
@Designate(ocd = DibaoEdgeConfig.class)
public class DibaoEdgeProgram implements AssistanceProgram {

    private static final Logger LOG = LoggerFactory.getLogger(DibaoEdgeProgram.class);

    static final List<EvidenceRequirement> EVIDENCE = List.of(
            new EvidenceRequirement("ID_CARD_HUKOU", "身份证、户口簿", "resident ID card and household register (hukou book)", true),
            new EvidenceRequirement("INCOME_PROOF", "收入证明", "proof of income", true),
            new EvidenceRequirement("ECONOMIC_CHECK_AUTHORISATION", "家庭财产申报及家庭经济状况核对授权书",
                    "asset declaration and authorisation to check the family's economic situation", false),
            new EvidenceRequirement("APPLICATION_FORM", "低保边缘家庭申请书", "application for recognition as a dibao-edge family",
                    false),
            new EvidenceRequirement("DISABILITY_CERTIFICATE", "残疾证", "disability certificate (where applicable)", true));

    @Reference(target = "(" + AssistanceProgram.ID_PROPERTY + "=dibao)")
    AssistanceProgram dibao;

    private volatile ProgramInfo info;
    private volatile DibaoEdgeRules rules;

    @Activate
    @Modified
    void configure(DibaoEdgeConfig config, BundleContext context) {
        apply(DibaoEdgeParameters.read(config), context.getBundle().getVersion().toString());
    }

    /** Takes {@code parameters} into use; a misconfiguration is logged and answered with 503 on evaluation. */
    void apply(ProgramParameters parameters, String version) {
        if (!parameters.problems().isEmpty()) {
            LOG.warn("program {} is misconfigured and does not evaluate until {} is fixed: {}",
                    DibaoEdgeParameters.PROGRAM_ID, AssistanceProgram.pidOf(DibaoEdgeParameters.PROGRAM_ID),
                    String.join("; ", parameters.problems()));
        }
        info = new ProgramInfo(DibaoEdgeParameters.PROGRAM_ID, "最低生活保障边缘家庭", "dibao-edge families", version,
                false, 12, EVIDENCE);
        rules = new DibaoEdgeRules(parameters, dibao);
    }

    @Override
    public ProgramInfo info() {
        return info;
    }

    @Override
    public ProgramParameters parameters() {
        return rules.parameters();
    }

    @Override
    public List<RuleOutcome> eligibility(Household household, LocalDate asOf) {
        return rules.eligibility(household, asOf);
    }

    @Override
    public Benefit benefit(Household household, LocalDate asOf) {
        return rules.benefit();
    }
}
