package org.doudi.program.rigidexpenditure.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.Benefit;
import org.doudi.api.program.EffectiveValue;
import org.doudi.api.program.EvidenceRequirement;
import org.doudi.api.program.ParameterSeries;
import org.doudi.api.program.ProgramDecision;
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
 * Rigid-expenditure hardship families (刚性支出困难家庭) as an assistance program (SPEC §2): households not on
 * dibao, special hardship or dibao-edge whose income is below the city's per-capita disposable income, whose
 * assets are within limits and whose rigid spending of the last 12 months reaches a share of their income.
 * The program grants a recognition (no monthly cash) that opens rigid-expenditure relief and special
 * assistance.
 *
 * <p>The recognition is valid for {@code recognitionMonths} (at most 12) in force on the date of the decision:
 * {@link #evaluate} sets the decision's {@code validUntil} from it. {@link ProgramInfo#reviewIntervalMonths()},
 * which has no date, reports the newest value (12 while the series is unusable).
 */
@Component(service = AssistanceProgram.class, configurationPid = RigidExpenditureProgram.PID,
        property = AssistanceProgram.ID_PROPERTY + "=" + RigidExpenditureProgram.ID)
@Designate(ocd = RigidExpenditureConfig.class)
public class RigidExpenditureProgram implements AssistanceProgram {
    static final String ID = "rigid-expenditure";
    static final String PID = "org.doudi.program.rigidexpenditure";
    static final int MAX_RECOGNITION_MONTHS = 12;

    private volatile ProgramInfo info;
    private volatile ProgramParameters parameters;

    /** For Declarative Services. */
    public RigidExpenditureProgram() {
    }

    /** Without OSGi, for tests. */
    RigidExpenditureProgram(ProgramParameters parameters, String version) {
        apply(parameters, version);
    }

    @Activate
    @Modified
    void configure(RigidExpenditureConfig config, BundleContext ctx) {
        apply(parameters(config), ctx.getBundle().getVersion().toString());
    }

    private void apply(ProgramParameters p, String version) {
        parameters = p;
        info = info(version, recognitionMonths(p));
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
        return new RigidExpenditureRules(parameters).eligibility(household, asOf);
    }

    /** The recognition as of {@code asOf}, valid for the {@code recognitionMonths} in force that day. */
    @Override
    public ProgramDecision evaluate(Household household, LocalDate asOf) {
        ProgramDecision d = AssistanceProgram.super.evaluate(household, asOf);
        return new ProgramDecision(d.programId(), d.programVersion(), d.householdId(), d.asOf(), d.eligible(),
                d.monthlyAmount(), d.breakdown(), d.reasons(), d.eligible() ? validUntil(asOf) : null, d.parameters());
    }

    private LocalDate validUntil(LocalDate asOf) {
        return asOf.plusMonths(parameters.intValueOn("recognitionMonths", asOf)).minusDays(1);
    }

    @Override
    public Benefit benefit(Household household, LocalDate asOf) {
        parameters.requireUsable();
        LocalDate validUntil = validUntil(asOf);
        return Benefit.none("recognition (valid until " + validUntil + ") grants rigid-expenditure relief and special "
                + "assistance; amounts are decided case by case");
    }

    /** Reads the configuration; problems (a broken series, a validity above 12 months, a share above 1) are recorded. */
    static ProgramParameters parameters(RigidExpenditureConfig c) {
        ProgramParameters built = ProgramParameters.builder(ID)
                .standard("cityDisposableIncomePerCapita",
                        "previous year's city per-capita disposable income, yuan per person per year",
                        c.cityDisposableIncomePerCapita())
                .series("rigidShareOfIncome", "share of annual income the rigid expenditure of 12 months must reach",
                        c.rigidShareOfIncome())
                .series("monetaryAssetsSmallHousehold", "per-capita monetary assets limit, 1–2 people, yuan",
                        c.monetaryAssetsSmallHousehold())
                .series("monetaryAssetsLargeHousehold", "per-capita monetary assets limit, 3 or more people, yuan",
                        c.monetaryAssetsLargeHousehold())
                .series("cityFloorAreaPerCapita", "city average per-capita housing floor area, m²",
                        c.cityFloorAreaPerCapita())
                .series("recognitionMonths", "months a recognition is valid (at most 12)", c.recognitionMonths())
                .build();
        List<String> problems = new ArrayList<>(built.problems());
        built.find("recognitionMonths").ifPresent(s -> s.values().forEach(v -> {
            if (v.value().stripTrailingZeros().scale() > 0 || v.value().signum() == 0
                    || v.value().compareTo(BigDecimal.valueOf(MAX_RECOGNITION_MONTHS)) > 0) {
                problems.add("recognitionMonths: " + v.value().toPlainString() + " (from " + v.from()
                        + ") is not a whole number of months from 1 to 12; a recognition is valid at most 12 months");
            }
        }));
        built.find("rigidShareOfIncome").ifPresent(s -> s.values().stream()
                .filter(v -> v.value().compareTo(BigDecimal.ONE) > 0).forEach(v -> problems.add("rigidShareOfIncome: "
                        + v.value().toPlainString() + " (from " + v.from() + ") is not a share between 0 and 1 "
                        + "(write 0.40 for 40 %)")));
        return new ProgramParameters(ID, built.series(), problems);
    }

    /** The newest value of {@code recognitionMonths}, or 12 while the configuration is unusable. */
    static int recognitionMonths(ProgramParameters p) {
        if (!p.problems().isEmpty()) {
            return MAX_RECOGNITION_MONTHS;
        }
        List<EffectiveValue> values = p.find("recognitionMonths").map(ParameterSeries::values).orElse(List.of());
        return values.isEmpty() ? MAX_RECOGNITION_MONTHS : values.get(values.size() - 1).value().intValueExact();
    }

    static ProgramInfo info(String version, int recognitionMonths) {
        return new ProgramInfo(ID, "刚性支出困难家庭", "rigid-expenditure hardship family", version, false,
                recognitionMonths, List.of(
                new EvidenceRequirement("APPLICATION", "刚性支出困难家庭认定申请书",
                        "application for recognition as a rigid-expenditure hardship family", false),
                new EvidenceRequirement("ID_CARD_AND_HUKOU", "居民身份证、户口簿",
                        "resident ID card and household register (hukou booklet)", true),
                new EvidenceRequirement("VERIFICATION_AUTHORISATION", "家庭经济状况核对授权书",
                        "authorisation for the verification of the family's economic status", true),
                new EvidenceRequirement("INCOME_PROOF", "收入证明", "proof of income", true),
                new EvidenceRequirement("MEDICAL_EXPENSE_PROOF", "医疗费用票据及医保结算单",
                        "medical bills and medical-insurance settlement statements (out-of-pocket costs)", true),
                new EvidenceRequirement("EDUCATION_EXPENSE_PROOF", "教育费用缴费凭证", "receipts for education fees",
                        true),
                new EvidenceRequirement("REHABILITATION_EXPENSE_PROOF", "残疾康复费用凭证",
                        "receipts for disability rehabilitation costs", true)));
    }
}
