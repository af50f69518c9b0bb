package org.doudi.itests;

import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Casework in the assembled server: so far the working-day calendar behind legal deadlines (SPEC §3, §12). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CaseworkIT extends DoudiTestSupport {

    @Test
    public void theShippedCalendarCountsWorkingDaysAcrossHolidays() throws Exception {
        adminClient();
        // 20 working days from 2024-02-08 skip the Spring Festival (Feb 10-17) and count Feb 18, a Sunday worked
        String out = executeCommand("doudi:calendar-workdays 2024-02-08 20");
        assertTrue(out, out.contains("Due       2024-03-13"));
        assertTrue(out, out.contains("Status    final"));
        String listed = executeCommand("doudi:calendar-workdays --list 2024-02-08 20");
        assertTrue(listed, listed.contains("2024-02-18") && listed.contains("weekend day worked"));
    }

    @Test
    public void aYearWithoutItsNoticeIsProvisionalUntilTheNoticeIsLoaded() throws Exception {
        adminClient();
        String before = executeCommand("doudi:calendar-workdays 2026-12-15 20");
        assertTrue(before, before.contains("Due       2027-01-12") && before.contains("PROVISIONAL") && before.contains("[2027]"));
        executeCommand("config:property-set -p org.doudi.calendar year.2027.daysOff 2027-01-01");
        Wait.until("2027 loaded", 30, () -> {
            try {
                return executeCommand("doudi:calendar-workdays 2026-12-15 20").contains("Due       2027-01-13");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(executeCommand("doudi:calendar-workdays 2026-12-15 20").contains("Status    final"));
    }
}
