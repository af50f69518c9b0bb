package org.doudi.program.specialhardship.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The parameters of special hardship support (特困人员救助供养), configuration PID
 * {@code org.doudi.program.specialhardship}. Each value is an effective-dated series
 * {@code yyyy-MM-dd:value, yyyy-MM-dd:value}; the defaults equal the shipped cfg file. The dibao standard the
 * basic living is a multiple of is not here: it is read from the dibao program's own configuration.
 */
@ObjectClassDefinition(name = "Doudi program special-hardship (特困人员救助供养)",
        description = "Special hardship support: basic living as a multiple of the dibao standard plus a care "
                + "allowance by self-care level. Needs the dibao program installed. Values: effective-from "
                + "date:value, e.g. 2021-07-01:1.3, 2023-07-01:1.4")
public @interface SpecialHardshipConfig {

    @AttributeDefinition(description = "Basic living (基本生活费) as a multiple of the dibao standard, per person per "
            + "month. Source: common local practice (1.3 ×); Shanghai's own figure NOT CONFIRMED")
    String basicLivingMultiple() default "2021-07-01:1.3";

    @AttributeDefinition(description = "Care allowance (照料护理费) in yuan per month for a person who can fully care "
            + "for themselves (全自理). NOT CONFIRMED — placeholder, the district must enter its figure")
    String careAllowanceFull() default "2021-07-01:0.00";

    @AttributeDefinition(description = "Care allowance in yuan per month for a partially disabled person "
            + "(半失能). NOT CONFIRMED — placeholder, the district must enter its figure")
    String careAllowancePartial() default "2021-07-01:400.00";

    @AttributeDefinition(description = "Care allowance in yuan per month for a person who cannot care for "
            + "themselves at all (全失能). NOT CONFIRMED — placeholder, the district must enter its figure")
    String careAllowanceNone() default "2021-07-01:800.00";

    @AttributeDefinition(description = "Age in whole years from which a person counts as elderly (老年人)")
    String elderlyAge() default "2021-07-01:60";

    @AttributeDefinition(description = "Age in whole years below which a person is a minor (未成年人)")
    String minorAge() default "2021-07-01:18";

    @AttributeDefinition(description = "Age in whole years below which an adult household member with work "
            + "ability counts as able to support the applicant (有履行能力的法定义务人)")
    String supporterMaxAge() default "2021-07-01:60";
}
