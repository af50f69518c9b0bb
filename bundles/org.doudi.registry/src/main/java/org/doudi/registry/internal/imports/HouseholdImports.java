package org.doudi.registry.internal.imports;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doudi.api.WriteContext;
import org.doudi.api.jobs.Job;
import org.doudi.api.jobs.JobType;
import org.doudi.api.monitoring.HouseholdImportService;
import org.doudi.registry.internal.jobs.JobRegistry;
import org.doudi.registry.internal.jobs.StoredUpload;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Accepts a household import: stores the upload and queues a {@link HouseholdImportJob} for it. */
@Component(service = HouseholdImportService.class)
public class HouseholdImports implements HouseholdImportService {
    /** Job parameter: the file name the client gave. */
    static final String FILE_NAME = "fileName";
    /** Job parameter: why the import is made, as the user stated it (kept in the audit trail). */
    static final String REASON = "reason";
    /** Job parameter: the file's size in bytes. */
    static final String BYTES = "bytes";

    @Reference
    private JobRegistry jobs;

    @Override
    public Job importHouseholds(InputStream csv, String fileName, WriteContext context) {
        StoredUpload upload = jobs.store(csv, fileName);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (fileName != null && !fileName.isBlank()) {
            String name = fileName.strip().replaceAll("\\p{Cntrl}", "");
            parameters.put(FILE_NAME, name.length() > 200 ? name.substring(0, 200) : name);
        }
        parameters.put(BYTES, Long.toString(upload.bytes()));
        if (context.reason() != null && !context.reason().isBlank()) {
            String why = context.reason().strip().replaceAll("\\p{Cntrl}", " ");
            parameters.put(REASON, why.length() > 500 ? why.substring(0, 500) : why);
        }
        return jobs.submit(JobType.HOUSEHOLD_IMPORT, context.actor(), null, parameters, upload);
    }
}
