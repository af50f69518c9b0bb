package org.doudi.program.dibaoedge.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the dibao-edge family (最低生活保障边缘家庭) program, PID {@code org.doudi.program.dibaoedge}.
 * Every attribute is an effective-dated series, {@code 2021-07-01:2, 2025-01-01:1.8}; the defaults equal the
 * shipped {@code etc/org.doudi.program.dibaoedge.cfg}. The dibao standard is read from the dibao program.
 */
@ObjectClassDefinition(id = "org.doudi.program.dibaoedge", name = "Doudi program: dibao-edge families (低保边缘家庭)",
        description = "Parameters of dibao-edge recognition (最低生活保障边缘家庭). Each value is a series of "
                + "effective-from date:value entries; a decision as of a date uses the value in force that day. "
                + "The dibao standard comes from the dibao program (org.doudi.program.dibao), which must be installed.")
public @interface DibaoEdgeConfig {

    @AttributeDefinition(name = "Income multiple", description = "Income line as a multiple of the dibao standard: "
            + "per-capita income must be below multiple × standard. Shanghai used 2 × (CONFIRMED as Shanghai "
            + "practice); the 2024 Ministry of Civil Affairs notice sets a national floor of 1.5 ×.")
    String incomeMultiple() default DibaoEdgeParameters.INCOME_MULTIPLE_DEFAULT;

    @AttributeDefinition(name = "Monetary assets limit, 1–2 people", description = "Per-capita monetary assets "
            + "(cash, deposits, securities) limit for households of 1–2 people, yuan. Dibao's older Shanghai "
            + "standard; NOT CONFIRMED (dibao-edge families may have higher limits locally).")
    String monetaryAssetsSmallHousehold() default DibaoEdgeParameters.MONETARY_SMALL_DEFAULT;

    @AttributeDefinition(name = "Monetary assets limit, 3+ people", description = "Per-capita monetary assets "
            + "limit for households of 3 or more, yuan. Dibao's older Shanghai standard; NOT CONFIRMED "
            + "(dibao-edge families may have higher limits locally).")
    String monetaryAssetsLargeHousehold() default DibaoEdgeParameters.MONETARY_LARGE_DEFAULT;

    @AttributeDefinition(name = "City per-capita floor area", description = "City average per-capita housing "
            + "floor area, m²: a household with 2 homes qualifies only below it. NOT CONFIRMED.")
    String cityFloorAreaPerCapita() default DibaoEdgeParameters.FLOOR_AREA_DEFAULT;
}
