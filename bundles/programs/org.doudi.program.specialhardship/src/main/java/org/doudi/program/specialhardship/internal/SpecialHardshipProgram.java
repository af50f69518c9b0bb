package org.doudi.program.specialhardship.internal;

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
import org.doudi.api.registry.Household;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Special hardship support (特困人员救助供养) as an assistance program: elderly, severely disabled or minor
 * persons with no work ability, no income source and no one legally bound and able to support them
 * (SPEC §2). Pays basic living plus a care allowance each month; reviewed yearly.
 *
 * <p>The basic living is a multiple of the dibao standard, which belongs to the dibao program: this component
 * has a mandatory reference to the program {@code doudi.program.id=dibao} and reads its {@code standard}.
 * Special hardship is therefore available only while dibao is installed: uninstalling dibao withdraws this
 * program and its endpoints too, and installing dibao again brings them back.
 */
@Component(service = AssistanceProgram.class, configurationPid = SpecialHardshipProgram.PID,
        property = AssistanceProgram.ID_PROPERTY + "=" + SpecialHardshipProgram.ID)
@Designate(ocd = SpecialHardshipConfig.class)
public class SpecialHardshipProgram implements AssistanceProgram {
    static final String ID = "special-hardship";
    static final String PID = "org.doudi.program.specialhardship";
    private static final List<String> WHOLE_YEARS = List.of("elderlyAge", "minorAge", "supporterMaxAge");

    @Reference(target = "(" + AssistanceProgram.ID_PROPERTY + "=dibao)")
    private AssistanceProgram dibao;

    private volatile ProgramInfo info;
    private volatile ProgramParameters parameters;

    /** For Declarative Services. */
    public SpecialHardshipProgram() {
    }

    /** Without OSGi, for tests. */
    SpecialHardshipProgram(ProgramParameters parameters, AssistanceProgram dibao, String version) {
        this.parameters = parameters;
        this.dibao = dibao;
        this.info = info(version);
    }

    @Activate
    @Modified
    void configure(SpecialHardshipConfig config, BundleContext ctx) {
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
        return new SpecialHardshipRules(parameters, dibao).eligibility(household, asOf);
    }

    @Override
    public Benefit benefit(Household household, LocalDate asOf) {
        return new SpecialHardshipRules(parameters, dibao).benefit(household, asOf);
    }

    /** Reads the configuration; problems (a broken series, an age that is not whole years) are recorded. */
    static ProgramParameters parameters(SpecialHardshipConfig c) {
        ProgramParameters built = ProgramParameters.builder(ID)
                .series("basicLivingMultiple", "basic living (基本生活费) as a multiple of the dibao standard",
                        c.basicLivingMultiple())
                .series("careAllowanceFull", "care allowance for 全自理 (full self-care), yuan per person per month",
                        c.careAllowanceFull())
                .series("careAllowancePartial", "care allowance for 半失能 (partly disabled), yuan per person per month",
                        c.careAllowancePartial())
                .series("careAllowanceNone", "care allowance for 全失能 (no self-care), yuan per person per month",
                        c.careAllowanceNone())
                .series("elderlyAge", "age (years) from which a person is elderly", c.elderlyAge())
                .series("minorAge", "age (years) below which a person is a minor", c.minorAge())
                .series("supporterMaxAge", "age (years) below which an adult able to work can support the applicant",
                        c.supporterMaxAge())
                .build();
        List<String> problems = new ArrayList<>(built.problems());
        for (String name : WHOLE_YEARS) {
            built.find(name).ifPresent(s -> s.values().stream().filter(v -> !whole(v.value())).forEach(v ->
                    problems.add(name + ": " + v.value().toPlainString() + " (from " + v.from()
                            + ") is not a whole number of years")));
        }
        return new ProgramParameters(ID, built.series(), problems);
    }

    private static boolean whole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    static ProgramInfo info(String version) {
        return new ProgramInfo(ID, "特困人员救助供养", "special hardship support", version, true, 12, List.of(
                new EvidenceRequirement("ID_CARD_AND_HUKOU", "居民身份证、户口簿",
                        "resident ID card and household register (hukou booklet)", true),
                new EvidenceRequirement("DISABILITY_CERTIFICATE", "残疾人证（残疾人申请时）",
                        "disability certificate (for a disabled applicant)", true),
                new EvidenceRequirement("WORK_ABILITY_ASSESSMENT", "劳动能力鉴定", "work-ability assessment", true),
                new EvidenceRequirement("SELF_CARE_ASSESSMENT", "生活自理能力评估", "self-care ability assessment", true),
                new EvidenceRequirement("SUPPORTER_STATEMENT", "法定义务人情况说明",
                        "statement on the persons legally bound to support the applicant", true),
                new EvidenceRequirement("APPLICATION", "特困人员救助供养申请书",
                        "application for special hardship support", false)));
    }
}
