package org.doudi.registry.internal.imports;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of bulk household imports (PID {@code org.doudi.registry.imports}). */
@ObjectClassDefinition(name = "Doudi household import", description = "Bulk import of households from CSV")
public @interface ImportConfig {

    @AttributeDefinition(min = "1", max = "100000", description = "Households written and committed together with "
            + "the job's checkpoint. Larger chunks write faster; a chunk holds its tables' locks until it commits")
    int householdsPerCommit() default HouseholdImportJob.DEFAULT_HOUSEHOLDS_PER_COMMIT;

    @AttributeDefinition(min = "1", max = "8", description = "Writer threads, each on its own database connection. "
            + "More than one helps only with lockTables off and spare cores")
    int writers() default HouseholdImportJob.DEFAULT_WRITERS;

    @AttributeDefinition(description = "Lock the household tables exclusively while a chunk is written: Derby then "
            + "takes no row locks (about a fifth less work per row), but Derby readers of those tables wait for each "
            + "chunk to commit (PostgreSQL readers do not). Writers serialise on the locks")
    boolean lockTables() default HouseholdImportJob.DEFAULT_LOCK_TABLES;
}
