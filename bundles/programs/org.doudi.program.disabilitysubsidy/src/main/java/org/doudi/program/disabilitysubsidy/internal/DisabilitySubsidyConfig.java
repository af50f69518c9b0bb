package org.doudi.program.disabilitysubsidy.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The parameters of the subsidy for severely disabled unemployed persons (重残无业人员生活补助), configuration
 * PID {@code org.doudi.program.disabilitysubsidy} (the program id without its hyphen).
 *
 * <p>How a program's configuration works: one {@code String} attribute per parameter, each an effective-dated
 * series {@code yyyy-MM-dd:value, yyyy-MM-dd:value} (oldest first). The default of every attribute must equal the
 * value in the shipped cfg file {@code src/main/cfg/org.doudi.program.disabilitysubsidy.cfg} (a test checks it).
 * Karaf's {@code config:meta org.doudi.program.disabilitysubsidy} shows the descriptions below, so say in each
 * what the value means, its unit and its source.
 */
@ObjectClassDefinition(name = "Doudi program disability-subsidy (重残无业人员生活补助)",
        description = "Monthly subsidy for severely disabled unemployed persons with Shanghai hukou. Values: "
                + "effective-from date:value, e.g. 2021-07-01:1330.00, 2022-07-01:1420.00")
public @interface DisabilitySubsidyConfig {

    @AttributeDefinition(description = "Monthly subsidy per qualifying person, yuan. A yearly standard. NOT "
            + "CONFIRMED — placeholder equal to the 2021 dibao standard; the district MUST enter its own figure")
    String monthlySubsidy() default "2021-07-01:1330.00";

    @AttributeDefinition(description = "Most severe grades that qualify: grades 1 up to this one (1 is the most "
            + "severe). Default 2: severe disability (重度残疾, grades 1–2)")
    String maxGrade() default "2021-07-01:2";

    @AttributeDefinition(description = "Youngest qualifying age, whole years (working age starts at 16)")
    String minAge() default "2021-07-01:16";

    @AttributeDefinition(description = "Age, whole years, from which a person no longer qualifies (60: the age from "
            + "which a person is elderly)")
    String maxAge() default "2021-07-01:60";
}
