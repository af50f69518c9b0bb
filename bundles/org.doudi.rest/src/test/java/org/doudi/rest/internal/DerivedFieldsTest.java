package org.doudi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.doudi.api.registry.Member;
import org.junit.Test;

/** A household read back can be sent again unchanged: derived fields are accepted and ignored on input. */
public class DerivedFieldsTest {

    @Test
    public void aMembersCircleIsIgnoredOnInputAndShownOnOutput() throws Exception {
        ObjectMapper json = JsonMapper.create();
        Member m = json.readValue("{\"personId\":\"p1\",\"name\":\"张伟\",\"relation\":\"HEAD\",\"hukouLocal\":true,"
                + "\"circle\":1,\"circleReason\":\"enrolled in dibao\"}", Member.class);
        assertEquals("张伟", m.name());
        assertNull(m.circle());
        assertNull(m.circleReason());
        String out = json.writeValueAsString(m.inCircle(3, "refused dibao on 2025-12-10"));
        assertEquals(true, out.contains("\"circle\":3"));
    }

    @Test
    public void perCapitaFiguresAreShownToTheFen() throws Exception {
        org.doudi.api.registry.Household h = new org.doudi.api.registry.Household("H", "tianshanlu", null, null, null,
                "a", "a", java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), 3,
                new java.math.BigDecimal("333.3333333333"), new java.math.BigDecimal("0.00"),
                new java.math.BigDecimal("30000.0033333333"), new java.math.BigDecimal("0.00"), false, false, false,
                java.time.LocalDate.of(2024, 10, 1), 1L, null, null, null);
        String out = JsonMapper.create().writeValueAsString(h);
        assertEquals(out, true, out.contains("\"perCapitaMonthlyIncome\":333.33,"));
        assertEquals(out, true, out.contains("\"perCapitaMonetaryAssets\":30000.00,"));
    }
}
