package org.doudi.program.dibao.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.api.program.EffectiveValue;
import org.doudi.api.program.ProgramParameters;

/**
 * The parameters of the minimum livelihood guarantee (低保参数): their names, meanings and shipped defaults, and
 * reading them from configuration text into {@link ProgramParameters}. A text that cannot be used becomes a
 * recorded problem (the program then answers 503), never an exception.
 */
final class DibaoParameters {

    static final String PROGRAM_ID = "dibao";

    static final String STANDARD = "standard";
    static final String MONETARY_SMALL = "monetaryAssetsSmallHousehold";
    static final String MONETARY_LARGE = "monetaryAssetsLargeHousehold";
    static final String FLOOR_AREA = "cityFloorAreaPerCapita";
    static final String ADD_ON_ELDERLY = "addOnElderly";
    static final String ADD_ON_SEVERELY_DISABLED = "addOnSeverelyDisabled";
    static final String ADD_ON_MINOR = "addOnMinor";
    static final String ADD_ON_SERIOUSLY_ILL = "addOnSeriouslyIll";
    static final String ELDERLY_AGE = "elderlyAge";
    static final String MINOR_AGE = "minorAge";
    static final String GRADUAL_EXIT_MONTHS = "gradualExitMonths";
    static final String COVER_NON_LOCAL = "coverNonLocalMembers";

    static final String STANDARD_DEFAULT = "2021-07-01:1330.00";
    static final String MONETARY_SMALL_DEFAULT = "2021-07-01:33000.00";
    static final String MONETARY_LARGE_DEFAULT = "2021-07-01:30000.00";
    static final String FLOOR_AREA_DEFAULT = "2021-07-01:37.00";
    static final String ADD_ON_DEFAULT = "2021-07-01:0";
    static final String ELDERLY_AGE_DEFAULT = "2021-07-01:60";
    static final String MINOR_AGE_DEFAULT = "2021-07-01:18";
    static final String GRADUAL_EXIT_MONTHS_DEFAULT = "2021-07-01:6";
    static final String COVER_NON_LOCAL_DEFAULT = "2021-07-01:0";

    /** One parameter: name, whether it is a yearly standard, meaning with unit, shipped default. */
    record Definition(String name, boolean standard, String about, String defaultText) {
    }

    static final List<Definition> DEFINITIONS = List.of(
            new Definition(STANDARD, true, "dibao standard per person per month (yuan)", STANDARD_DEFAULT),
            new Definition(MONETARY_SMALL, false,
                    "per-capita monetary assets limit, households of 1–2 people (yuan)", MONETARY_SMALL_DEFAULT),
            new Definition(MONETARY_LARGE, false,
                    "per-capita monetary assets limit, households of 3 or more (yuan)", MONETARY_LARGE_DEFAULT),
            new Definition(FLOOR_AREA, false,
                    "city average per-capita housing floor area, for the two-homes rule (m²)", FLOOR_AREA_DEFAULT),
            new Definition(ADD_ON_ELDERLY, false,
                    "classified add-on for the elderly, share of the standard per person", ADD_ON_DEFAULT),
            new Definition(ADD_ON_SEVERELY_DISABLED, false,
                    "classified add-on for the severely disabled (grade 1–2), share of the standard per person",
                    ADD_ON_DEFAULT),
            new Definition(ADD_ON_MINOR, false,
                    "classified add-on for minors, share of the standard per person", ADD_ON_DEFAULT),
            new Definition(ADD_ON_SERIOUSLY_ILL, false,
                    "classified add-on for the seriously ill, share of the standard per person", ADD_ON_DEFAULT),
            new Definition(ELDERLY_AGE, false, "age from which a member counts as elderly (years)",
                    ELDERLY_AGE_DEFAULT),
            new Definition(MINOR_AGE, false, "a member younger than this counts as a minor (years)",
                    MINOR_AGE_DEFAULT),
            new Definition(GRADUAL_EXIT_MONTHS, false,
                    "gradual-exit period (渐退期) after income rises above the standard through work (months)",
                    GRADUAL_EXIT_MONTHS_DEFAULT),
            new Definition(COVER_NON_LOCAL, false,
                    "1 when members without Shanghai hukou are covered, 0 when not (they count in per-capita income)",
                    COVER_NON_LOCAL_DEFAULT));

    private static final List<String> WHOLE_NUMBERS = List.of(ELDERLY_AGE, MINOR_AGE, GRADUAL_EXIT_MONTHS, COVER_NON_LOCAL);

    private DibaoParameters() {
    }

    /** The parameters of the component's configuration. */
    static ProgramParameters read(DibaoConfig c) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(STANDARD, c.standard());
        texts.put(MONETARY_SMALL, c.monetaryAssetsSmallHousehold());
        texts.put(MONETARY_LARGE, c.monetaryAssetsLargeHousehold());
        texts.put(FLOOR_AREA, c.cityFloorAreaPerCapita());
        texts.put(ADD_ON_ELDERLY, c.addOnElderly());
        texts.put(ADD_ON_SEVERELY_DISABLED, c.addOnSeverelyDisabled());
        texts.put(ADD_ON_MINOR, c.addOnMinor());
        texts.put(ADD_ON_SERIOUSLY_ILL, c.addOnSeriouslyIll());
        texts.put(ELDERLY_AGE, c.elderlyAge());
        texts.put(MINOR_AGE, c.minorAge());
        texts.put(GRADUAL_EXIT_MONTHS, c.gradualExitMonths());
        texts.put(COVER_NON_LOCAL, c.coverNonLocalMembers());
        return read(texts);
    }

    /** The parameters of {@code texts} (name → series text); a parameter not given takes its shipped default. */
    static ProgramParameters read(Map<String, String> texts) {
        ProgramParameters.Builder b = ProgramParameters.builder(PROGRAM_ID);
        for (Definition d : DEFINITIONS) {
            String text = texts.getOrDefault(d.name(), d.defaultText());
            if (d.standard()) {
                b.standard(d.name(), d.about(), text);
            } else {
                b.series(d.name(), d.about(), text);
            }
        }
        return checked(b.build());
    }

    /** Adds the problems the series parser cannot see: ages and months are whole numbers, the flag is 0 or 1. */
    private static ProgramParameters checked(ProgramParameters p) {
        List<String> problems = new ArrayList<>(p.problems());
        for (String name : WHOLE_NUMBERS) {
            p.find(name).ifPresent(s -> {
                for (EffectiveValue v : s.values()) {
                    if (v.value().stripTrailingZeros().scale() > 0) {
                        problems.add(name + ": " + v.value().toPlainString() + " (from " + v.from()
                                + ") is not a whole number");
                    } else if (name.equals(COVER_NON_LOCAL) && v.value().compareTo(BigDecimal.ONE) > 0) {
                        problems.add(name + ": " + v.value().toPlainString() + " (from " + v.from()
                                + ") must be 0 (not covered) or 1 (covered)");
                    }
                }
            });
        }
        return problems.size() == p.problems().size() ? p
                : new ProgramParameters(p.programId(), p.series(), problems);
    }
}
