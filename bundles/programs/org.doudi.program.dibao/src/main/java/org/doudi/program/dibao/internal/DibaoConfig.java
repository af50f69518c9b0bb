package org.doudi.program.dibao.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the minimum livelihood guarantee (最低生活保障) program, PID {@code org.doudi.program.dibao}.
 * Every attribute is an effective-dated series, {@code 2021-07-01:1330.00, 2022-07-01:1420.00}; the defaults
 * equal the shipped {@code etc/org.doudi.program.dibao.cfg}.
 */
@ObjectClassDefinition(id = "org.doudi.program.dibao", name = "Doudi program: minimum livelihood guarantee (低保)",
        description = "Parameters of dibao (最低生活保障). Each value is a series of effective-from date:value "
                + "entries, e.g. 2021-07-01:1330.00, 2022-07-01:1420.00; a decision as of a date uses the value "
                + "in force that day.")
public @interface DibaoConfig {

    @AttributeDefinition(name = "Dibao standard", description = "Dibao standard per person per month, yuan. "
            + "1,330.00 from 2021-07-01 is CONFIRMED (Shanghai Daily, 2021-06-24); standards from 2022-07-01 on "
            + "are NOT CONFIRMED here (likely 1,420.00 in 2022, 1,510.00 in 2023): the district enters each July's.")
    String standard() default DibaoParameters.STANDARD_DEFAULT;

    @AttributeDefinition(name = "Monetary assets limit, 1–2 people", description = "Per-capita monetary assets "
            + "(cash, deposits, securities) limit for households of 1–2 people, yuan. Older Shanghai standard; "
            + "NOT CONFIRMED as current.")
    String monetaryAssetsSmallHousehold() default DibaoParameters.MONETARY_SMALL_DEFAULT;

    @AttributeDefinition(name = "Monetary assets limit, 3+ people", description = "Per-capita monetary assets "
            + "limit for households of 3 or more, yuan. Older Shanghai standard; NOT CONFIRMED as current.")
    String monetaryAssetsLargeHousehold() default DibaoParameters.MONETARY_LARGE_DEFAULT;

    @AttributeDefinition(name = "City per-capita floor area", description = "City average per-capita housing "
            + "floor area, m²: a household with 2 homes qualifies only below it. NOT CONFIRMED.")
    String cityFloorAreaPerCapita() default DibaoParameters.FLOOR_AREA_DEFAULT;

    @AttributeDefinition(name = "Add-on: elderly", description = "Classified add-on (分类施保) for the elderly, "
            + "share of the standard per person (0.2 = 20 %). A person in several categories gets only the highest "
            + "rate (就高不叠加). Local rule, NOT CONFIRMED: 0 until the district configures it.")
    String addOnElderly() default DibaoParameters.ADD_ON_DEFAULT;

    @AttributeDefinition(name = "Add-on: severely disabled", description = "Classified add-on for the severely "
            + "disabled (disability grade 1–2), share of the standard per person; highest rate only. "
            + "NOT CONFIRMED: 0 until the district configures it.")
    String addOnSeverelyDisabled() default DibaoParameters.ADD_ON_DEFAULT;

    @AttributeDefinition(name = "Add-on: minor", description = "Classified add-on for minors, share of the "
            + "standard per person; highest rate only. NOT CONFIRMED: 0 until the district configures it.")
    String addOnMinor() default DibaoParameters.ADD_ON_DEFAULT;

    @AttributeDefinition(name = "Add-on: seriously ill", description = "Classified add-on for the seriously ill "
            + "(health status SERIOUS_ILLNESS), share of the standard per person; highest rate only. "
            + "NOT CONFIRMED: 0 until the district configures it.")
    String addOnSeriouslyIll() default DibaoParameters.ADD_ON_DEFAULT;

    @AttributeDefinition(name = "Elderly age", description = "Age in years from which a member counts as "
            + "elderly for the add-on (whole number).")
    String elderlyAge() default DibaoParameters.ELDERLY_AGE_DEFAULT;

    @AttributeDefinition(name = "Minor age", description = "A member younger than this many years counts as a "
            + "minor for the add-on (whole number).")
    String minorAge() default DibaoParameters.MINOR_AGE_DEFAULT;

    @AttributeDefinition(name = "Gradual-exit months", description = "Gradual-exit period (渐退期), months: a dibao "
            + "household whose income rises to the standard or above through new work keeps its benefit, on the "
            + "income before the work, this long after the work began. Local rule, NOT CONFIRMED.")
    String gradualExitMonths() default DibaoParameters.GRADUAL_EXIT_MONTHS_DEFAULT;

    @AttributeDefinition(name = "Cover non-local members", description = "1 when members without Shanghai hukou "
            + "are covered (counted in the benefit), 0 when not. They always count in per-capita income.")
    String coverNonLocalMembers() default DibaoParameters.COVER_NON_LOCAL_DEFAULT;
}
