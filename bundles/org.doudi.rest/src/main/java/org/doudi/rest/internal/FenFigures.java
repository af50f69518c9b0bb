package org.doudi.rest.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The household's per-capita figures as the API shows them: rounded half-up to the fen. The registry keeps them
 * unrounded so that the program rules compare and compute exactly (rounding happens once, on the final amount).
 */
public abstract class FenFigures {

    @JsonSerialize(using = ToFen.class)
    abstract BigDecimal perCapitaMonthlyIncome();

    @JsonSerialize(using = ToFen.class)
    abstract BigDecimal perCapitaAssets();

    @JsonSerialize(using = ToFen.class)
    abstract BigDecimal perCapitaMonetaryAssets();

    /** A decimal written with two decimals, rounded half-up. */
    public static final class ToFen extends StdSerializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        public ToFen() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.setScale(2, RoundingMode.HALF_UP));
        }
    }
}
