package org.doudi.registry.internal.jobs;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of background jobs (PID {@code org.doudi.jobs}). */
@ObjectClassDefinition(name = "Doudi background jobs",
        description = "Workers for imports, feed loads, monitoring runs and big screening")
public @interface JobsConfig {

    @AttributeDefinition(description = "Jobs run at the same time (1-3; each holds up to four database connections); "
            + "more wait QUEUED. Takes effect at the next start")
    int workers() default 2;

    @AttributeDefinition(description = "Largest upload a job accepts, in bytes (default 4 GiB)")
    long maxUploadBytes() default 4L * 1024 * 1024 * 1024;

    @AttributeDefinition(description = "Directory for uploads waiting for their job; empty = ${karaf.data}/doudi/uploads")
    String uploadDirectory() default "";
}
