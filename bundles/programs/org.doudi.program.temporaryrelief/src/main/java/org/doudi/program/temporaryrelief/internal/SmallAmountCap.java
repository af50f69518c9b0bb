package org.doudi.program.temporaryrelief.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.doudi.api.ValidationException;
import org.doudi.api.program.Amounts;

/**
 * The small-amount cap (seed §5.3): the street may grant at once up to the cap per person times the household's
 * active members; a larger amount is not small-amount relief and goes through a normal case.
 *
 * @param perPerson the cap per person in force, yuan
 * @param members   the household's active members
 */
record SmallAmountCap(BigDecimal perPerson, int members) {

    /** The household's cap, yuan, two decimals. */
    BigDecimal total() {
        return perPerson.multiply(BigDecimal.valueOf(members)).setScale(2, RoundingMode.HALF_UP);
    }

    /** Refuses {@code amount} above the cap (422 on {@code amount}, rule {@code smallAmountCap}). */
    void check(BigDecimal amount) {
        if (amount.compareTo(total()) > 0) {
            throw new ValidationException("amount", "smallAmountCap", Amounts.yuan(amount)
                    + " is above the small-amount cap of " + Amounts.yuan(total()) + " (" + Amounts.yuan(perPerson)
                    + " per person × " + members + (members == 1 ? " active member" : " active members")
                    + "); larger relief goes through a normal case: POST /api/cases with programId "
                    + TemporaryReliefProgram.ID);
        }
    }
}
