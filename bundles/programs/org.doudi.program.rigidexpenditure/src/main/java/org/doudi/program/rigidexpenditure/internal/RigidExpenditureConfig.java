package org.doudi.program.rigidexpenditure.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The parameters of rigid-expenditure hardship recognition (刚性支出困难家庭认定), configuration PID
 * {@code org.doudi.program.rigidexpenditure}. Each value is an effective-dated series
 * {@code yyyy-MM-dd:value, yyyy-MM-dd:value}; the defaults equal the shipped cfg file.
 */
@ObjectClassDefinition(name = "Doudi program rigid-expenditure (刚性支出困难家庭)",
        description = "Rigid-expenditure hardship families: income below the city's per-capita disposable income, "
                + "assets within limits, rigid spending of the last 12 months at least a share of income. Values: "
                + "effective-from date:value, e.g. 2023-03-01:79610.00, 2024-03-01:84834.00")
public @interface RigidExpenditureConfig {

    @AttributeDefinition(description = "The city's per-capita disposable income of all residents in the previous "
            + "year (上年度城市居民人均可支配收入), yuan per year; renewed every year. Default: Shanghai 2023 figure, "
            + "NOT CONFIRMED here — the district enters each year's figure")
    String cityDisposableIncomePerCapita() default "2024-03-01:84834.00";

    @AttributeDefinition(description = "Share of the household's annual income that its rigid expenditure of the "
            + "last 12 months must reach (0.40 = at least 40 %). Source: Shanghai's earlier rule (medical ≥ 40 %); "
            + "MCA 2024-10 leaves the share to local rules — NOT CONFIRMED")
    String rigidShareOfIncome() default "2021-07-01:0.40";

    @AttributeDefinition(description = "Per-capita monetary assets limit (cash, deposits, securities) for households "
            + "of 1–2 people, yuan. Older Shanghai standard — NOT CONFIRMED")
    String monetaryAssetsSmallHousehold() default "2021-07-01:33000.00";

    @AttributeDefinition(description = "Per-capita monetary assets limit for households of 3 or more, yuan. Older "
            + "Shanghai standard — NOT CONFIRMED")
    String monetaryAssetsLargeHousehold() default "2021-07-01:30000.00";

    @AttributeDefinition(description = "The city's average per-capita housing floor area, m²: a household with two "
            + "homes stays within limits only below it — NOT CONFIRMED")
    String cityFloorAreaPerCapita() default "2021-07-01:37.00";

    @AttributeDefinition(description = "How long a recognition is valid, in whole months, at most 12 (MCA 2024-10: "
            + "valid at most 12 months). Decisions use the newest value")
    String recognitionMonths() default "2021-07-01:12";
}
