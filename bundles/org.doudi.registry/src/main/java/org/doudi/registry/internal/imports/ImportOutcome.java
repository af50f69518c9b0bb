package org.doudi.registry.internal.imports;

/**
 * What one run of an import did (a resumed job has one outcome per run; the job's counts add them up).
 *
 * @param fromLine    the last line committed before this run (its checkpoint), 0 for a first run
 * @param toLine      the last line committed by this run
 * @param households  households written
 * @param persons     members written
 * @param skipped     households skipped because an earlier import created them
 * @param rejected    households not written because a row broke a rule
 * @param enrolments  current assistance migrated (a case and an enrolment each)
 * @param errorRows   rows reported as errors
 * @param complete    true when the run reached the end of the file; false when it was asked to stop
 */
record ImportOutcome(long fromLine, long toLine, long households, long persons, long skipped, long rejected,
        long enrolments, long errorRows, boolean complete) {

    /** The count names a job shows. */
    static final String HOUSEHOLDS = "households";
    static final String PERSONS = "persons";
    static final String SKIPPED = "skipped";
    static final String REJECTED = "rejected";
    static final String ENROLMENTS = "enrolments";
    static final String[] COUNTS = {HOUSEHOLDS, PERSONS, SKIPPED, REJECTED, ENROLMENTS};

    /** This outcome with the chunk's results added, up to the chunk's end. */
    ImportOutcome plus(ImportChunk c) {
        return new ImportOutcome(fromLine, c.endLine, households + c.households.size(), persons + c.persons(),
                skipped + c.skipped, rejected + c.rejected, enrolments + c.enrolments(), errorRows + c.errors.size(),
                c.last);
    }
}
