package org.doudi.registry.internal.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.TreeMap;
import org.doudi.registry.internal.jobs.JobRun;

/**
 * Commits chunks written by parallel writers, one at a time, each with the job's checkpoint: the checkpoint is the
 * end of the longest run of chunks, in file order, that are committed — so a restart never skips an uncommitted
 * chunk. A chunk committed ahead of an earlier one that then never commits (a stop, a failure) is found again on
 * restart and skipped by its references. All calls into the {@link JobRun} happen here, under this object's lock.
 */
final class ChunkCommits {
    private final JobRun run;
    private final TreeMap<Long, ImportChunk> ahead = new TreeMap<>();
    private long nextSeq;
    private long frontierLine;
    private long frontierOffset;
    private boolean complete;
    private ImportOutcome outcome;

    ChunkCommits(JobRun run) {
        this.run = run;
        frontierLine = run.checkpoint();
        outcome = new ImportOutcome(frontierLine, frontierLine, 0, 0, 0, 0, 0, 0, false);
    }

    /** Reports the chunk's counts and errors, writes the checkpoint on {@code tx} and commits it. */
    synchronized void commit(ImportChunk chunk, Connection tx) throws SQLException {
        run.count(ImportOutcome.HOUSEHOLDS, chunk.households.size());
        run.count(ImportOutcome.PERSONS, chunk.persons());
        run.count(ImportOutcome.SKIPPED, chunk.skipped);
        run.count(ImportOutcome.REJECTED, chunk.rejected);
        run.count(ImportOutcome.ENROLMENTS, chunk.enrolments());
        for (RowError e : chunk.sortedErrors()) {
            run.error(e.line(), e.ref(), e.reason());
        }
        ahead.put(chunk.seq, chunk);
        long seq = nextSeq;
        long line = frontierLine;
        long offset = frontierOffset;
        boolean last = false;
        while (ahead.containsKey(seq)) {
            ImportChunk c = ahead.get(seq++);
            line = c.endLine;
            offset = c.endOffset;
            last = c.last;
        }
        run.checkpoint(tx, line);
        try {
            tx.commit();
        } catch (SQLException e) {
            ahead.remove(chunk.seq);
            throw e;
        }
        for (long s = nextSeq; s < seq; s++) {
            ahead.remove(s);
        }
        nextSeq = seq;
        frontierLine = line;
        frontierOffset = offset;
        complete |= last;
        if (offset > 0) {
            run.processed(offset);
        }
        ImportOutcome o = outcome.plus(chunk);
        outcome = new ImportOutcome(o.fromLine(), frontierLine, o.households(), o.persons(), o.skipped(), o.rejected(),
                o.enrolments(), o.errorRows(), complete);
    }

    /** True once the chunk that ends the file and every chunk before it are committed. */
    synchronized boolean complete() {
        return complete;
    }

    /** What was committed so far. */
    synchronized ImportOutcome outcome() {
        return outcome;
    }
}
