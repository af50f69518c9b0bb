package org.doudi.registry.internal.imports;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.doudi.api.registry.Member;

/**
 * Reads an import file into chunks of validated households, in file order: groups contiguous rows by household
 * reference, parses and validates them, skips what an earlier run already committed (lines up to the checkpoint),
 * and resolves duplicates — a reference imported before is skipped, an ID number already claimed is a row error.
 * Everything it decides is decided here, sequentially, so the writers only write.
 */
final class HouseholdSource {
    /** The width of {@code household_import_ref.source_ref}. */
    static final int MAX_REF = 64;

    /** Chunk contract: the consumer takes each chunk; returns false to stop reading. */
    interface Sink {
        boolean accept(ImportChunk chunk) throws InterruptedException;
    }

    private final CsvReader reader;
    private final RowParser parser;
    private final HouseholdAssembler assembler;
    private final ImportDuplicates duplicates;
    private final long checkpoint;
    private final int householdsPerChunk;
    private final LongLongMap seenRefs = new LongLongMap(1 << 16);

    private ImportChunk chunk = new ImportChunk();
    private final List<ImportedHousehold> pending = new ArrayList<>();
    private int groupsInChunk;

    /**
     * @param reader     positioned after the header row
     * @param checkpoint the last line an earlier run committed (0: none); lines up to it are only skipped
     */
    HouseholdSource(CsvReader reader, RowParser parser, HouseholdAssembler assembler, ImportDuplicates duplicates,
            long checkpoint, int householdsPerChunk) {
        this.reader = reader;
        this.parser = parser;
        this.assembler = assembler;
        this.duplicates = duplicates;
        this.checkpoint = checkpoint;
        this.householdsPerChunk = householdsPerChunk;
        chunk.endLine = checkpoint;
    }

    /** Reads to the end of the file (or until the sink says stop), handing over each chunk. */
    void run(Sink sink) throws IOException, SQLException, InterruptedException {
        Group group = null;
        String[] record;
        while ((record = reader.next()) != null) {
            long first = reader.firstLine();
            String[] cells = parser.cells(record);
            String ref = cells[ImportColumn.HOUSEHOLD_REF.ordinal()];
            if (reader.lastLine() <= checkpoint) {
                if (ref != null) {
                    seenRefs.putIfAbsent(LongLongMap.keyOf(ref), first);
                }
                continue;
            }
            if (group == null || ref == null || !ref.equals(group.ref)) {
                if (group != null && !finish(group, sink)) {
                    return;
                }
                group = new Group(ref);
                group.broken = true;
                if (ref == null) {
                    group.errors.add(new RowError(first, null, RowError.reason("householdRef", "required",
                            "every row names its household")));
                } else if (ref.length() > MAX_REF) {
                    group.errors.add(new RowError(first, ref.substring(0, MAX_REF), RowError.reason("householdRef",
                            "maxLength", "must be at most " + MAX_REF + " characters, was " + ref.length())));
                } else if (!seenRefs.putIfAbsent(LongLongMap.keyOf(ref), first)) {
                    group.errors.add(new RowError(first, ref, RowError.reason("householdRef", "contiguous",
                            "the rows of a household must be together; it began at line "
                                    + seenRefs.get(LongLongMap.keyOf(ref), 0) + ", these rows are not imported")));
                } else {
                    group.broken = false;
                }
            }
            group.lastLine = reader.lastLine();
            group.endOffset = reader.offset();
            if (group.broken) {
                continue;
            }
            if (reader.malformed()) {
                group.errors.add(new RowError(first, ref, RowError.reason("(row)", "quoting",
                        "text after a closing quote")));
                continue;
            }
            try {
                group.rows.add(parser.parse(first, cells, record.length));
            } catch (RowException e) {
                group.errors.add(new RowError(first, ref, e.reason()));
            }
        }
        if (group == null || finish(group, sink)) {
            chunk.last = true;
            chunk.endOffset = reader.offset();
            emit(sink);
        }
    }

    /** Ends a household: rejected with its errors, or validated and queued; emits a full chunk. */
    private boolean finish(Group group, Sink sink) throws SQLException, InterruptedException {
        if (!group.errors.isEmpty()) {
            chunk.errors.addAll(group.errors);
            chunk.rejected++;
        } else {
            ImportedHousehold h = assembler.assemble(group.ref, group.rows, chunk.errors);
            if (h == null) {
                chunk.rejected++;
            } else {
                pending.add(h);
            }
        }
        chunk.endLine = group.lastLine;
        chunk.endOffset = group.endOffset;
        return ++groupsInChunk < householdsPerChunk || emit(sink);
    }

    private boolean emit(Sink sink) throws SQLException, InterruptedException {
        resolveDuplicates();
        ImportChunk full = chunk;
        chunk = new ImportChunk();
        chunk.endLine = full.endLine;
        chunk.endOffset = full.endOffset;
        groupsInChunk = 0;
        return sink.accept(full);
    }

    /** Skips households imported before; rejects those claiming an ID number someone holds; claims the rest. */
    private void resolveDuplicates() throws SQLException {
        List<String> refs = new ArrayList<>(pending.size());
        pending.forEach(h -> refs.add(h.ref()));
        Set<String> imported = refs.isEmpty() ? Set.of() : duplicates.alreadyImported(refs);
        for (ImportedHousehold h : pending) {
            if (imported.contains(h.ref())) {
                chunk.skipped++;
                continue;
            }
            if (claimsFree(h)) {
                List<Member> members = h.household().members();
                for (int i = 0; i < members.size(); i++) {
                    if (claims(members.get(i))) {
                        duplicates.claim(members.get(i).idNumber(), h.memberLines()[i]);
                    }
                }
                chunk.households.add(h);
            } else {
                chunk.rejected++;
            }
        }
        pending.clear();
    }

    private boolean claimsFree(ImportedHousehold h) {
        boolean free = true;
        List<Member> members = h.household().members();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            long holder = claims(m) ? duplicates.holder(m.idNumber()) : 0;
            if (holder != 0) {
                chunk.errors.add(new RowError(h.memberLines()[i], h.ref(), RowError.reason("idNumber", "inUse",
                        holder == ImportDuplicates.IN_REGISTRY
                                ? "this person is already an active member of another household in the registry"
                                : "this person is already an active member of the household at line " + holder)));
                free = false;
            }
        }
        return free;
    }

    private static boolean claims(Member m) {
        return m.idNumber() != null && m.endedOn() == null;
    }

    /** The rows of one household as they are read. */
    private static final class Group {
        final String ref;
        final List<MemberRow> rows = new ArrayList<>(4);
        final List<RowError> errors = new ArrayList<>(1);
        long lastLine;
        long endOffset;
        /** No row of it is read: it has no reference, or its reference appeared before. */
        boolean broken;

        Group(String ref) {
            this.ref = ref;
        }
    }
}
