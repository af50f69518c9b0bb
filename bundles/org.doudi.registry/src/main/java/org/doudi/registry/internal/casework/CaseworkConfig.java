package org.doudi.registry.internal.casework;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Casework rules (PID {@code org.doudi.casework}); defaults from the seed §5.1 and §3.1. */
@ObjectClassDefinition(name = "Doudi casework", description = "Deadlines, public notice and review intervals of cases")
public @interface CaseworkConfig {

    @AttributeDefinition(description = "Working days from acceptance to decision (seed §5.1: 20)")
    int decisionWorkingDays() default 20;

    @AttributeDefinition(description = "Working days from acceptance to decision once extended (seed §5.1: 45)")
    int extendedWorkingDays() default 45;

    @AttributeDefinition(description = "Days a public notice (公示) lasts, counting the day it is posted (local practice: 7)")
    int publicNoticeDays() default 7;

    @AttributeDefinition(description = "Factor on a program's review interval for complex households (people-household "
            + "separation, non-local members, complex composition), e.g. 0.5 reviews them twice as often (seed §3.1)")
    double complexReviewFactor() default 0.5;
}
