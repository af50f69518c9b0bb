package org.doudi.registry.internal.casework;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Casework rules (PID {@code org.doudi.casework}); defaults from the seed §5.1 and §3.1. */
@ObjectClassDefinition(name = "Doudi casework",
        description = "Deadlines, public notice, review intervals and appeals (复核, 行政复议) of cases")
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

    @AttributeDefinition(description = "Working days after filing within which a review (复核) by the deciding office "
            + "is due. NOT CONFIRMED: 10 is local practice, to be confirmed by the district")
    int reviewWorkingDays() default 10;

    @AttributeDefinition(description = "Calendar days after filing within which an administrative reconsideration "
            + "(行政复议) is due (60: 《中华人民共和国行政复议法》)")
    int reconsiderationDays() default 60;

    @AttributeDefinition(description = "Calendar days after the decision day within which a review or a "
            + "reconsideration may be filed (60: 《中华人民共和国行政复议法》, 60 days from knowing of the decision)")
    int appealWindowDays() default 60;
}
