package org.doudi.program.dibaoedge.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.api.program.EffectiveValue;
import org.doudi.api.program.ProgramParameters;

/**
 * The parameters of the dibao-edge program (低保边缘家庭认定参数): names, meanings, shipped defaults, and reading
 * them from configuration text. The dibao standard itself is not among them: it is the dibao program's.
 */
final class DibaoEdgeParameters {

    static final String PROGRAM_ID = "dibao-edge";

    static final String INCOME_MULTIPLE = "incomeMultiple";
    static final String MONETARY_SMALL = "monetaryAssetsSmallHousehold";
    static final String MONETARY_LARGE = "monetaryAssetsLargeHousehold";
    static final String FLOOR_AREA = "cityFloorAreaPerCapita";

    static final String INCOME_MULTIPLE_DEFAULT = "2021-07-01:2";
    static final String MONETARY_SMALL_DEFAULT = "2021-07-01:33000.00";
    static final String MONETARY_LARGE_DEFAULT = "2021-07-01:30000.00";
    static final String FLOOR_AREA_DEFAULT = "2021-07-01:37.00";

    /** One parameter: name, meaning with unit, shipped default. */
    record Definition(String name, String about, String defaultText) {
    }

    static final List<Definition> DEFINITIONS = List.of(
            new Definition(INCOME_MULTIPLE, "income line as a multiple of the dibao standard", INCOME_MULTIPLE_DEFAULT),
            new Definition(MONETARY_SMALL, "per-capita monetary assets limit, households of 1–2 people (yuan)",
                    MONETARY_SMALL_DEFAULT),
            new Definition(MONETARY_LARGE, "per-capita monetary assets limit, households of 3 or more (yuan)",
                    MONETARY_LARGE_DEFAULT),
            new Definition(FLOOR_AREA, "city average per-capita housing floor area, for the two-homes rule (m²)",
                    FLOOR_AREA_DEFAULT));

    private DibaoEdgeParameters() {
    }

    /** The parameters of the component's configuration. */
    static ProgramParameters read(DibaoEdgeConfig c) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(INCOME_MULTIPLE, c.incomeMultiple());
        texts.put(MONETARY_SMALL, c.monetaryAssetsSmallHousehold());
        texts.put(MONETARY_LARGE, c.monetaryAssetsLargeHousehold());
        texts.put(FLOOR_AREA, c.cityFloorAreaPerCapita());
        return read(texts);
    }

    /** The parameters of {@code texts} (name → series text); a parameter not given takes its shipped default. */
    static ProgramParameters read(Map<String, String> texts) {
        ProgramParameters.Builder b = ProgramParameters.builder(PROGRAM_ID);
        for (Definition d : DEFINITIONS) {
            b.series(d.name(), d.about(), texts.getOrDefault(d.name(), d.defaultText()));
        }
        return checked(b.build());
    }

    /** A multiple below 1 would put the edge line under the dibao standard: recorded as a problem. */
    private static ProgramParameters checked(ProgramParameters p) {
        List<String> problems = new ArrayList<>(p.problems());
        p.find(INCOME_MULTIPLE).ifPresent(s -> {
            for (EffectiveValue v : s.values()) {
                if (v.value().compareTo(BigDecimal.ONE) < 0) {
                    problems.add(INCOME_MULTIPLE + ": " + v.value().toPlainString() + " (from " + v.from()
                            + ") is below 1; the line must lie above the dibao standard (national floor 1.5)");
                }
            }
        });
        return problems.size() == p.problems().size() ? p
                : new ProgramParameters(p.programId(), p.series(), problems);
    }
}
