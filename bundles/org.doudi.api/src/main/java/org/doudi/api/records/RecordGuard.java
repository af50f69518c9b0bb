package org.doudi.api.records;

/**
 * A check a program runs inside the store's transaction before a write, while the store holds the lock of the
 * program's records of that kind: no other write of the same program and kind can slip in between the check and
 * the write (e.g. "no second grant for the same person and event"). Throw a
 * {@link org.doudi.api.ValidationException} or {@link org.doudi.api.DoudiException} to refuse; nothing is written.
 */
@FunctionalInterface
public interface RecordGuard {

    /** A guard that allows every write. */
    RecordGuard NONE = existing -> { };

    /**
     * @param existing the program's records as they stand inside the write's transaction
     */
    void check(RecordReader existing);
}
