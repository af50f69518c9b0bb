package org.doudi.rest.internal.resources;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.doudi.api.supervision.StreetIndicator;
import org.doudi.api.supervision.StreetIndicatorReport;
import org.doudi.api.supervision.StreetIndicatorRow;
import org.junit.Test;

/** The indicators as CSV: one line per street and indicator, blanks for unknown figures, cells made safe. */
public class StreetIndicatorResourceTest {

    @Test
    public void oneLinePerStreetAndIndicator() {
        StreetIndicator none = StreetIndicator.notRecorded("visits not recorded yet");
        StreetIndicatorRow row = new StreetIndicatorRow("tianshanlu", "天山路街道", StreetIndicator.of(2, 3, null),
                StreetIndicator.of(0, 0, null), none, none, none);
        StreetIndicatorRow total = new StreetIndicatorRow("district", "=total", StreetIndicator.of(2, 3, null),
                StreetIndicator.of(0, 0, null), none, none, none);
        String[] lines = StreetIndicatorResource.csv(new StreetIndicatorReport("2025-03", 30, List.of(row), total))
                .split("\r\n");
        assertEquals(11, lines.length);
        assertEquals(StreetIndicatorResource.HEADER, lines[0]);
        assertEquals("2025-03,tianshanlu,天山路街道,deadlineCompliance,2,3,0.6667,", lines[1]);
        assertEquals("2025-03,tianshanlu,天山路街道,warningsClosedOnTime,0,0,,", lines[2]);
        assertEquals("2025-03,tianshanlu,天山路街道,visitCoverage,,,,visits not recorded yet", lines[3]);
        assertEquals("2025-03,district,'=total,deadlineCompliance,2,3,0.6667,", lines[6]);
    }
}
