package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.DoudiClock;
import org.doudi.api.Page;
import org.doudi.api.audit.AuditEvent;
import org.doudi.api.audit.AuditQuery;
import org.doudi.api.audit.AuditTrail;

/**
 * Where the notifier stands in the audit trail, read forward without paging the whole trail by offset:
 * {@link AuditQuery} has no "after id" filter, so the entries are read from the day of the last one read
 * ({@code day}, the query's {@code from}), at the number read of that day ({@code in_day}); the entry just before
 * must be the last one read ({@code last_id}), else the position is found again by reading that day's entries
 * (and, should it not be there, by reading the whole trail in order, as the first versions did). {@code offset}
 * counts every entry read. Entries come in id order; an entry is taken only if its id is after {@code last_id}.
 */
final class AuditPosition {
    static final int BATCH = 200;
    /** At most this many pages of one day are read to find the position again. */
    private static final int RESYNC_PAGES = 50;

    long offset;
    long lastId;
    /** The day read from, or null: the whole trail. */
    LocalDate day;
    long inDay;

    static AuditPosition parse(JsonNode body) {
        AuditPosition p = new AuditPosition();
        p.offset = body.path("offset").asLong();
        p.lastId = body.path("last_id").asLong(-1);
        String day = DciJson.text(body, "day");
        p.day = day == null ? null : LocalDate.parse(day);
        p.inDay = day == null ? p.offset : body.path("in_day").asLong();
        return p;
    }

    ObjectNode toJson() {
        return DciJson.object().put("offset", offset).put("last_id", lastId)
                .put("day", day == null ? null : day.toString()).put("in_day", inDay);
    }

    /** The next entries after the position (at most {@link #BATCH}), which {@link #read} then moves past. */
    List<AuditEvent> next(AuditTrail audit) {
        long index = inDay;
        int page = (int) (index / BATCH);
        int skip = (int) (index % BATCH);
        List<AuditEvent> items = audit.find(query(page)).items();
        boolean consistent;
        if (lastId < 0) {
            consistent = true;
        } else if (index == 0) {
            consistent = false;
        } else if (skip > 0) {
            consistent = items.size() >= skip && items.get(skip - 1).id() == lastId;
        } else {
            List<AuditEvent> before = audit.find(query(page - 1)).items();
            consistent = before.size() == BATCH && before.get(BATCH - 1).id() == lastId;
        }
        if (!consistent) {
            resync(audit);
            index = inDay;
            skip = (int) (index % BATCH);
            items = audit.find(query((int) (index / BATCH))).items();
        }
        List<AuditEvent> out = new ArrayList<>();
        for (int i = skip; i < items.size(); i++) {
            if (items.get(i).id() > lastId) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    /** Moves past {@code a}. */
    void read(AuditEvent a) {
        offset++;
        inDay++;
        lastId = a.id();
    }

    /** Moves the day read from forward to the day of the last entry read, when that entry is found in it. */
    void advanceDay(AuditTrail audit, AuditEvent last) {
        if (last == null || last.at() == null) {
            return;
        }
        LocalDate d = last.at().atZone(DoudiClock.ZONE).toLocalDate();
        if (day != null && !d.isAfter(day)) {
            return;
        }
        Page<AuditEvent> first = audit.find(new AuditQuery(null, null, null, null, d, null, 0, BATCH));
        long total = first.total();
        if (total > 0) {
            int page = (int) ((total - 1) / BATCH);
            List<AuditEvent> tail = page == 0 ? first.items()
                    : audit.find(new AuditQuery(null, null, null, null, d, null, page, BATCH)).items();
            int at = (int) ((total - 1) % BATCH);
            if (tail.size() > at && tail.get(at).id() == last.id()) {
                day = d;
                inDay = total;
                return;
            }
        }
        List<AuditEvent> items = first.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == last.id()) {
                day = d;
                inDay = i + 1;
                return;
            }
        }
    }

    /** Finds the last entry read again within its day, else in the whole trail (the entries after it follow). */
    private boolean resync(AuditTrail audit) {
        if (day != null) {
            for (int page = 0; page < RESYNC_PAGES; page++) {
                List<AuditEvent> items = audit.find(query(page)).items();
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i).id() == lastId) {
                        inDay = (long) page * BATCH + i + 1;
                        return true;
                    }
                }
                if (items.size() < BATCH) {
                    break;
                }
            }
        }
        day = null;
        for (int page = 0;; page++) {
            Page<AuditEvent> p = audit.find(query(page));
            for (int i = 0; i < p.items().size(); i++) {
                if (p.items().get(i).id() >= lastId) {
                    inDay = (long) page * BATCH + i + (p.items().get(i).id() == lastId ? 1 : 0);
                    offset = inDay;
                    return true;
                }
            }
            if (p.items().size() < BATCH) {
                inDay = (long) page * BATCH + p.items().size();
                offset = inDay;
                return true;
            }
        }
    }

    private AuditQuery query(int page) {
        return new AuditQuery(null, null, null, null, day, null, page, BATCH);
    }
}
