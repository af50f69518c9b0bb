package org.doudi.registry.internal.monitoring;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.doudi.api.monitoring.FeedType;
import org.junit.Test;

/** The fact hash: one normaliser for our feeds and the city platform's results. */
public class FeedFactHashTest {
    private static final String ID = "310105196001011007";
    private static final LocalDate DAY = LocalDate.of(2024, 11, 3);

    @Test
    public void aDeathIsThePersonAndTheDayWhateverKeyComesWithIt() {
        assertEquals(FactHash.Identity.NONE, FactHash.identityOf(FeedType.DEATH));
        assertEquals(FactHash.of(ID, FeedType.DEATH, DAY, null, null),
                FactHash.of(ID, FeedType.DEATH, DAY, "沪死证字2024第001号", new BigDecimal("0.00")));
        assertNotEquals(FactHash.of(ID, FeedType.DEATH, DAY, null, null),
                FactHash.of(ID, FeedType.DEATH, DAY.plusDays(1), null, null));
    }

    @Test
    public void aRequiredKeyIsComparedAfterNfkcUpperCaseAndCollapsedWhitespace() {
        assertEquals(FactHash.Identity.KEY, FactHash.identityOf(FeedType.VEHICLE));
        assertEquals("沪A12345", FactHash.normalise(" 沪ａ１２３４５ "));
        assertEquals("上海 长宁物业 公司", FactHash.normalise("上海\u3000长宁物业  \t公司"));
        assertEquals("", FactHash.normalise(null));
        assertEquals(FactHash.of(ID, FeedType.VEHICLE, DAY, "沪A12345", new BigDecimal("150000.00")),
                FactHash.of(ID, FeedType.VEHICLE, DAY, "沪ａ１２３４５", null));
        assertNotEquals(FactHash.of(ID, FeedType.VEHICLE, DAY, "沪A12345", null),
                FactHash.of(ID, FeedType.VEHICLE, DAY, "沪A12346", null));
        assertEquals(FactHash.of(ID, FeedType.EMPLOYMENT, DAY, "Changning Property Co.", null),
                FactHash.of(ID, FeedType.EMPLOYMENT, DAY, "  CHANGNING   property co. ", null));
    }

    @Test
    public void anOptionalKeyIsLeftOutAndTheAmountIdentifiesPensionsAndMedicalExpenses() {
        assertEquals(FactHash.Identity.AMOUNT, FactHash.identityOf(FeedType.PENSION));
        assertEquals(FactHash.Identity.AMOUNT, FactHash.identityOf(FeedType.MEDICAL_EXPENSE));
        assertEquals(FactHash.of(ID, FeedType.PENSION, DAY, "城镇职工", new BigDecimal("2100.00")),
                FactHash.of(ID, FeedType.PENSION, DAY, null, new BigDecimal("2100")));
        assertNotEquals(FactHash.of(ID, FeedType.PENSION, DAY, null, new BigDecimal("2100.00")),
                FactHash.of(ID, FeedType.PENSION, DAY, null, new BigDecimal("2200.00")));
        assertEquals(FactHash.of(ID, FeedType.MEDICAL_EXPENSE, DAY, "华山医院", new BigDecimal("38000.00")),
                FactHash.of(ID, FeedType.MEDICAL_EXPENSE, DAY, "复旦大学附属华山医院", new BigDecimal("38000.00")));
    }

    @Test
    public void everyOtherTypeIsIdentifiedByItsRequiredKey() {
        for (FeedType t : FeedType.values()) {
            if (t != FeedType.DEATH && t != FeedType.PENSION && t != FeedType.MEDICAL_EXPENSE) {
                assertEquals(t.id(), FactHash.Identity.KEY, FactHash.identityOf(t));
            }
        }
    }
}
