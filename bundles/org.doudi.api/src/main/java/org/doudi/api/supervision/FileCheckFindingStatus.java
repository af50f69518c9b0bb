package org.doudi.api.supervision;

/** Where a file-check finding stands: open until its correction is recorded, which closes it. */
public enum FileCheckFindingStatus {
    /** Recorded; the correction is due. */
    OPEN,
    /** The correction was recorded: closed, with who and when. */
    CLOSED
}
