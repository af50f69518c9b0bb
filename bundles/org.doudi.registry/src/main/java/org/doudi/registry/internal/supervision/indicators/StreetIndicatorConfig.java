package org.doudi.registry.internal.supervision.indicators;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Street performance indicators (PID {@code org.doudi.supervision.indicators}). */
@ObjectClassDefinition(name = "Doudi street performance indicators",
        description = "How the annual evaluation's indicators are counted")
public @interface StreetIndicatorConfig {

    /** Not set by the spec or the seed: 30 days is an assumption to confirm with the district. */
    @AttributeDefinition(description = "A warning closed (disposed or dismissed) within this many days of being "
            + "raised counts as closed on time (1 to 366; default 30, an assumption to confirm)", min = "1",
            max = "366")
    int warningCloseDays() default 30;
}
