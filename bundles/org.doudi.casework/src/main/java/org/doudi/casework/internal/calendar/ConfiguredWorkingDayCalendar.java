package org.doudi.casework.internal.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.doudi.api.calendar.Deadline;
import org.doudi.api.calendar.WorkingDayCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working-day calendar from configuration (PID {@code org.doudi.calendar}) loaded over the built-in
 * 2024–2026 notices. Faulty configuration is refused as a whole and logged, and the last good calendar stays in
 * use, so that no year is ever dropped or half-loaded.
 */
@Component(service = WorkingDayCalendar.class, configurationPid = ConfiguredWorkingDayCalendar.PID)
@Designate(ocd = CalendarConfig.class)
public class ConfiguredWorkingDayCalendar implements WorkingDayCalendar {

    static final String PID = "org.doudi.calendar";

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredWorkingDayCalendar.class);

    /** The calendar in use and its revision, swapped together. */
    private record InUse(HolidayCalendar calendar, long revision) {
    }

    private volatile InUse inUse = new InUse(ShippedNotices.CALENDAR, firstRevision());

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        HolidayCalendar next;
        try {
            next = ShippedNotices.CALENDAR.with(CalendarConfigReader.read(properties).values());
        } catch (CalendarConfigException e) {
            for (String problem : e.problems()) {
                LOG.error("Working-day calendar {} refused, the last good calendar (years {}) stays in use: {}", PID,
                        inUse.calendar().loadedYears(), problem);
            }
            return;
        }
        InUse current = inUse;
        if (!next.equals(current.calendar())) {
            inUse = new InUse(next, nextRevision(current.revision()));
            LOG.info("Working-day calendar loaded: years {} (revision {})", next.loadedYears(), inUse.revision());
        }
    }

    /**
     * Revisions follow the wall clock in milliseconds, so that a calendar built after a restart never reuses a
     * revision that deadlines may have been stored under.
     */
    private static long firstRevision() {
        return System.currentTimeMillis();
    }

    private static long nextRevision(long current) {
        return Math.max(current + 1, System.currentTimeMillis());
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return inUse.calendar().isWorkingDay(date);
    }

    @Override
    public Deadline deadline(LocalDate start, int workingDays) {
        return inUse.calendar().deadline(start, workingDays);
    }

    @Override
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return inUse.calendar().workingDaysBetween(fromExclusive, toInclusive);
    }

    @Override
    public Set<Integer> loadedYears() {
        return inUse.calendar().loadedYears();
    }

    @Override
    public long revision() {
        return inUse.revision();
    }
}
