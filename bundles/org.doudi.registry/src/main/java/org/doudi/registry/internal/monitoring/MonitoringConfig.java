package org.doudi.registry.internal.monitoring;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the cross-comparison (PID {@code org.doudi.monitoring}). */
@ObjectClassDefinition(name = "Doudi monitoring", description = "The monthly cross-comparison of partner feeds (SPEC §5)")
public @interface MonitoringConfig {

    /** The default threshold, in yuan. */
    String DEFAULT_LARGE_MEDICAL_EXPENSE = "10000.00";

    @AttributeDefinition(description = "A medical-expense record raises a warning from this out-of-pocket amount "
            + "(yuan) up. Default 10000.00, NOT confirmed by the district: Shanghai's earlier rigid-expenditure rule "
            + "counts medical spending of 40 % of income; for one person at the dibao-edge line (2 × 1,330 = 2,660 a "
            + "month, 31,920 a year) that is about 12,800, so one settlement of 10,000 is already a strong signal")
    String largeMedicalExpense() default DEFAULT_LARGE_MEDICAL_EXPENSE;
}
