package org.doudi.program.charity.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The parameters of charity linkage (慈善衔接), configuration PID {@code org.doudi.program.charity}. Each attribute
 * is an effective-dated series {@code yyyy-MM-dd:value, ...} (oldest first); its default equals the shipped cfg
 * file {@code src/main/cfg/org.doudi.program.charity.cfg} (a test checks it).
 */
@ObjectClassDefinition(name = "Doudi program charity (慈善衔接)",
        description = "Charity linkage: organisations, projects, consent, data exchange and referrals. Values: "
                + "effective-from date:value, e.g. 2000-01-01:12")
public @interface CharityConfig {

    @AttributeDefinition(description = "Months a person's consent (知情同意) to exchange data with or be referred to "
            + "a charity organisation stays valid, counted from the day it was given; the value in force on that day "
            + "applies. NOT CONFIRMED — the district must check this (12 months follows the yearly review)")
    String consentValidMonths() default "2000-01-01:12";
}
