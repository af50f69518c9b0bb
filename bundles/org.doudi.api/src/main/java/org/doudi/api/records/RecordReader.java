package org.doudi.api.records;

import java.util.List;
import java.util.Optional;

/** Reads one program's records; inside a {@link RecordGuard} it sees the write transaction's view. */
public interface RecordReader {

    /** The record with this id, if the program has it. */
    Optional<ProgramRecord> get(String id);

    /** The records matching the query (the query's page only). */
    List<ProgramRecord> find(RecordQuery query);
}
