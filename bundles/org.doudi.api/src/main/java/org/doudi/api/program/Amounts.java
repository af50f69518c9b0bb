package org.doudi.api.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Writing amounts in reasons the way staff read them: {@code 1,330.00}. */
public final class Amounts {

    private Amounts() {
    }

    /** Yuan with thousands separators and two decimals (half-up), e.g. {@code 1,330.00}. */
    public static String yuan(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(amount);
    }

    /** A multiple, share or other factor without trailing zeros, e.g. {@code 1.3}, {@code 0.4}. */
    public static String factor(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
