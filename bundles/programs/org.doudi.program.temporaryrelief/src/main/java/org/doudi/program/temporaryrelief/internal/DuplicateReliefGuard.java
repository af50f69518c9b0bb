package org.doudi.program.temporaryrelief.internal;

import java.time.LocalDate;
import java.util.Map;
import org.doudi.api.DoudiException;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.RecordGuard;
import org.doudi.api.records.RecordQuery;
import org.doudi.api.records.RecordReader;

/**
 * No duplicate relief (不重复救助): a person already granted small-amount relief for the same event type, with an
 * event date within {@code windowDays} (either side) of this event's date, is not granted again; neither is the
 * same household (one payment per household per event). Every key of every covered person is checked (hashed ID
 * number and person id), so a person who moved to another household, or whose ID number was registered after the
 * first grant, is still found. Every earlier grant counts, reviewed or not, since its money was paid. Runs inside
 * the store's lock of small-grant records, so two grants for the same person cannot both pass.
 *
 * @param keys       lookup key → who it stands for (a person's name, or {@code household <id>}), persons first
 * @param eventType  the new grant's event type
 * @param eventDate  the new grant's event date
 * @param windowDays the duplicate window, days
 */
record DuplicateReliefGuard(Map<String, String> keys, EventType eventType, LocalDate eventDate, int windowDays)
        implements RecordGuard {

    @Override
    public void check(RecordReader existing) {
        RecordQuery window = new RecordQuery(RecordKinds.SMALL_GRANT, null, null, null, null,
                eventDate.minusDays(windowDays), eventDate.plusDays(windowDays), null, 0, 1000);
        for (Map.Entry<String, String> k : keys.entrySet()) {
            for (ProgramRecord earlier : existing.find(window.withKey(k.getKey()))) {
                SmallGrantBody b = RecordBodies.read(earlier.body(), SmallGrantBody.class);
                if (b.eventType() == eventType) {
                    throw new DoudiException(409, "duplicate-relief", "no duplicate relief: " + k.getValue()
                            + " was already granted small-amount relief for a " + eventType + " event of "
                            + earlier.eventDate() + " by grant " + earlier.id() + " of " + b.grantedOn()
                            + " (the same event type within " + windowDays + " days of this event of " + eventDate
                            + ")");
                }
            }
        }
    }
}
