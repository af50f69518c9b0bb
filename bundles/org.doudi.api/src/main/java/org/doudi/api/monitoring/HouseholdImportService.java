package org.doudi.api.monitoring;

import java.io.InputStream;
import org.doudi.api.WriteContext;
import org.doudi.api.jobs.Job;

/**
 * Bulk import of the registry from a district platform's CSV export (one row per member, a household's rows
 * together; columns in the README). Streaming and batched; a bad row is reported with its line and skipped
 * with its household; a household already imported (same {@code householdRef}) is skipped, so re-importing a
 * file creates nothing twice and an interrupted import resumes where it stopped.
 */
public interface HouseholdImportService {

    /** Stores the file and returns the QUEUED import job. */
    Job importHouseholds(InputStream csv, String fileName, WriteContext context);
}
