package org.doudi.registry.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the household registry (PID {@code org.doudi.registry}). */
@ObjectClassDefinition(name = "Doudi household registry",
        description = "Rules behind the derived household figures (SPEC §1)")
public @interface RegistryConfig {

    @AttributeDefinition(description = "Calendar months averaged for per-capita monthly income")
    int incomeAveragingMonths() default 12;

    @AttributeDefinition(description = "Income types left out of per-capita income "
            + "(WAGE, PENSION, BUSINESS, PROPERTY, TRANSFER, OTHER); none by default")
    String[] exemptIncomeTypes() default {};

    @AttributeDefinition(description = "A household with this many active members or more has complex composition")
    int complexMinMembers() default 6;

    @AttributeDefinition(description = "A household with an active member of one of these relations has complex composition")
    String[] complexRelations() default {"OTHER"};
}
