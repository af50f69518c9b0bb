package org.doudi.program.dibao.internal;

import java.time.LocalDate;
import java.util.List;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.Benefit;
import org.doudi.api.program.EvidenceRequirement;
import org.doudi.api.program.ProgramInfo;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The minimum livelihood guarantee (最低生活保障, 低保) as an assistance program: a household whose per-capita
 * income is below the standard and whose assets are within limits gets (standard − per-capita income) for each
 * covered member every month, plus classified add-ons (分类施保); reviewed yearly. The rules are in
 * {@link DibaoRules}; this component reads the configuration and asks the registry for the gradual exit's
 * income before the work.
 */
@Component(service = AssistanceProgram.class, configurationPid = "org.doudi.program.dibao",
        property = AssistanceProgram.ID_PROPERTY + "=" + DibaoParameters.PROGRAM_ID)
@Designate(ocd = DibaoConfig.class)
public class DibaoProgram implements AssistanceProgram {

    private static final Logger LOG = LoggerFactory.getLogger(DibaoProgram.class);

    static final List<EvidenceRequirement> EVIDENCE = List.of(
            new EvidenceRequirement("ID_CARD_HUKOU", "身份证、户口簿", "resident ID card and household register (hukou book)", true),
            new EvidenceRequirement("INCOME_PROOF", "收入证明", "proof of income", true),
            new EvidenceRequirement("ECONOMIC_CHECK_AUTHORISATION", "家庭财产申报及家庭经济状况核对授权书",
                    "asset declaration and authorisation to check the family's economic situation", false),
            new EvidenceRequirement("APPLICATION_FORM", "低保申请书", "application for the minimum livelihood guarantee", false),
            new EvidenceRequirement("DISABILITY_CERTIFICATE", "残疾证", "disability certificate (where applicable)", true));

    @Reference
    HouseholdService households;

    private volatile ProgramInfo info;
    private volatile DibaoRules rules;

    @Activate
    @Modified
    void configure(DibaoConfig config, BundleContext context) {
        apply(DibaoParameters.read(config), context.getBundle().getVersion().toString());
    }

    /** Takes {@code parameters} into use; a misconfiguration is logged and answered with 503 on evaluation. */
    void apply(ProgramParameters parameters, String version) {
        if (!parameters.problems().isEmpty()) {
            LOG.warn("program {} is misconfigured and does not evaluate until {} is fixed: {}", DibaoParameters.PROGRAM_ID,
                    AssistanceProgram.pidOf(DibaoParameters.PROGRAM_ID), String.join("; ", parameters.problems()));
        }
        info = new ProgramInfo(DibaoParameters.PROGRAM_ID, "最低生活保障", "minimum livelihood guarantee", version, true,
                12, EVIDENCE);
        rules = new DibaoRules(parameters, (h, asOf) -> households.deriveFigures(h, asOf).perCapitaMonthlyIncome());
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
        return rules.benefit(household, asOf);
    }
}
