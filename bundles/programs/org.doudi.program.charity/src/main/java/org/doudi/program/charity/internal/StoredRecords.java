package org.doudi.program.charity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordQuery;
import org.doudi.api.records.RecordReader;

/** Every record matching a query, read page by page (the store answers at most 1000 a page). */
final class StoredRecords {
    private static final int PAGE = 1000;

    private StoredRecords() {
    }

    static List<ProgramRecord> all(ProgramRecordStore store, RecordQuery query) {
        return pages(p -> store.find(CharityProgram.ID, at(query, p)).items());
    }

    static List<ProgramRecord> all(RecordReader reader, RecordQuery query) {
        return pages(p -> reader.find(at(query, p)));
    }

    private static List<ProgramRecord> pages(Function<Integer, List<ProgramRecord>> page) {
        List<ProgramRecord> out = new ArrayList<>();
        for (int p = 0; ; p++) {
            List<ProgramRecord> items = page.apply(p);
            out.addAll(items);
            if (items.size() < PAGE) {
                return out;
            }
        }
    }

    private static RecordQuery at(RecordQuery q, int page) {
        return new RecordQuery(q.kind(), q.householdId(), q.street(), q.status(), q.key(), q.eventFrom(), q.eventTo(),
                q.dueBefore(), page, PAGE);
    }
}
