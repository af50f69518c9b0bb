package org.doudi.api.records;

import java.util.Optional;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;

/**
 * The core's store for program bundles' own records (see the package). Each write is checked, stored and audited
 * (the program's action word, entity type {@code <programId>/<kind>}, the record's id and version, who and why) in
 * one transaction. Records are never deleted: a program closes them with a status. The store does not scope by
 * street; the program's resource does, with {@link ProgramRecord#street()}.
 */
public interface ProgramRecordStore {

    /**
     * Creates a record.
     *
     * @param programId the owning program's id
     * @param draft     the content
     * @param guard     a check run under the lock of the program's records of {@code draft.kind()}
     * @param action    the audit action, upper case with underscores, e.g. {@code SMALL_GRANT_MADE}
     * @param context   who and why
     * @throws org.doudi.api.ValidationException for a draft out of bounds (field named), or from the guard
     */
    ProgramRecord create(String programId, RecordDraft draft, RecordGuard guard, String action,
            WriteContext context);

    /**
     * Replaces a record's content; its kind cannot change.
     *
     * @param expectedVersion the version the change was based on
     * @throws org.doudi.api.DoudiException 404 for an unknown record, 412 when it changed since
     *         {@code expectedVersion}
     */
    ProgramRecord update(String programId, String id, long expectedVersion, RecordDraft draft, RecordGuard guard,
            String action, WriteContext context);

    /** One record of the program. */
    Optional<ProgramRecord> get(String programId, String id);

    /** The program's records matching the query, with the total count. */
    Page<ProgramRecord> find(String programId, RecordQuery query);
}
