package org.doudi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.YearMonth;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.api.casework.CaseStatus;
import org.junit.Test;

public class RequestValuesTest {

    @Test
    public void enumsByExactNameElseOneOfListingTheValues() {
        assertEquals(CaseStatus.UNDER_REVIEW, RequestValues.oneOf("status", "UNDER_REVIEW", CaseStatus.class));
        assertNull(RequestValues.oneOf("status", null, CaseStatus.class));
        FieldViolation v = violation(() -> RequestValues.oneOf("status", "OPEN", CaseStatus.class));
        assertEquals("status", v.field());
        assertEquals("oneOf", v.rule());
        assertTrue(v.message(), v.message().contains("ACCEPTED, VERIFYING, INVESTIGATING") && v.message().contains("WITHDRAWN"));
    }

    @Test
    public void booleansAreTrueOrFalse() {
        assertTrue(RequestValues.bool("overdue", "true", false));
        assertFalse(RequestValues.bool("overdue", "false", true));
        assertTrue(RequestValues.bool("overdue", null, true));
        assertEquals("type", violation(() -> RequestValues.bool("overdue", "yes", false)).rule());
    }

    @Test
    public void monthsAreRequiredAndWrittenYyyyMm() {
        assertEquals(YearMonth.of(2024, 7), RequestValues.month("month", "2024-07"));
        assertEquals("required", violation(() -> RequestValues.month("month", null)).rule());
        FieldViolation v = violation(() -> RequestValues.month("month", "2024-7"));
        assertEquals("month", v.field());
        assertEquals("type", v.rule());
        assertEquals("must be yyyy-MM", v.message());
    }

    private static FieldViolation violation(Runnable r) {
        try {
            r.run();
            fail("accepted");
            return null;
        } catch (ValidationException e) {
            return e.violations().get(0);
        }
    }
}
