package org.doudi.program.temporaryrelief.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The parameters of temporary relief (临时救助, 救急难), configuration PID {@code org.doudi.program.temporaryrelief}.
 * Each attribute but {@link #reliefStation()} is an effective-dated series {@code yyyy-MM-dd:value, ...}; every
 * default equals the shipped {@code src/main/cfg/org.doudi.program.temporaryrelief.cfg} (a test checks it).
 */
@ObjectClassDefinition(name = "Doudi program temporary-relief (临时救助)",
        description = "Small-amount relief cap, no-duplicate window, follow-up review deadline, relief station. "
                + "Values: effective-from date:value, e.g. 2021-07-01:500.00")
public @interface TemporaryReliefConfig {

    @AttributeDefinition(description = "Small-amount relief cap per active household member, yuan (seed §5.3: "
            + "≤ 500 per person, street level); more goes through a normal case")
    String capPerPerson() default "2021-07-01:500.00";

    @AttributeDefinition(description = "Days before or after an earlier grant's event date within which the same "
            + "person gets no second grant for the same event type. NOT CONFIRMED")
    String duplicateWindowDays() default "2021-07-01:30";

    @AttributeDefinition(description = "Days after the grant by which the follow-up review (民主评议, 一事一议) is "
            + "due. NOT CONFIRMED")
    String reviewDueDays() default "2021-07-01:30";

    @AttributeDefinition(description = "Normal case: days before the evaluation date within which the household's "
            + "urgent event must lie. NOT CONFIRMED")
    String urgentEventDays() default "2021-07-01:90";

    @AttributeDefinition(description = "The district relief station (区救助管理站) that homeless and stranded people "
            + "without Shanghai hukou of one of the district's streets are referred to (a name, not dated)")
    String reliefStation() default "district-relief-station";
}
