package org.doudi.registry.internal.needs;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Needs assessment and visit cycles (PID {@code org.doudi.needs}). The score thresholds are NOT CONFIRMED: the seed
 * and the spec set no numbers; 13 and 9 split the score range 6..18 in three and are to be confirmed by the district.
 */
@ObjectClassDefinition(name = "Doudi needs and visits",
        description = "Hardship levels from needs assessments (困难画像) and the visit cycles (走访) they set")
public @interface NeedsConfig {

    @AttributeDefinition(description = "A score (HIGH 3, MEDIUM 2, LOW 1 summed over six dimensions: 6 to 18) from "
            + "this value is hardship level HIGH. NOT CONFIRMED: 13 is an assumption to confirm with the district",
            min = "6", max = "18")
    int highScoreFrom() default 13;

    @AttributeDefinition(description = "A score from this value (and below highScoreFrom) is hardship level MEDIUM, "
            + "below it LOW. NOT CONFIRMED: 9 is an assumption to confirm with the district", min = "6", max = "18")
    int mediumScoreFrom() default 9;

    @AttributeDefinition(description = "Months between visits of a HIGH hardship household (SPEC §8: monthly)",
            min = "1", max = "24")
    int visitMonthsHigh() default 1;

    @AttributeDefinition(description = "Months between visits of a MEDIUM hardship household (SPEC §8: quarterly)",
            min = "1", max = "24")
    int visitMonthsMedium() default 3;

    @AttributeDefinition(description = "Months between visits of a LOW hardship household (SPEC §8: half-yearly)",
            min = "1", max = "24")
    int visitMonthsLow() default 6;
}
