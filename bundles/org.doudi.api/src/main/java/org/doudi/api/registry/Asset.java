package org.doudi.api.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An asset of one member.
 *
 * @param personId  the member (or {@code idNumber} when the household is first created)
 * @param idNumber  the member's ID number, only to name the member in a create request
 * @param type      kind of asset
 * @param value     value in yuan, two decimals, not negative
 * @param floorArea floor area in square metres, for real estate only
 * @param source    where the figure comes from
 * @param asOf      the date the source established the figure
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Asset(String personId, String idNumber, AssetType type, BigDecimal value, BigDecimal floorArea,
        String source, LocalDate asOf) {
}
