package org.doudi.api.supervision;

import java.time.YearMonth;

/** Street performance indicators for the annual evaluation (SPEC §9), computed from the records as they stand. */
public interface StreetIndicatorService {

    /**
     * The indicators of {@code month}.
     *
     * @param month  the month
     * @param street one street (the district row is then that street's figures), or every street (null)
     */
    StreetIndicatorReport report(YearMonth month, String street);
}
