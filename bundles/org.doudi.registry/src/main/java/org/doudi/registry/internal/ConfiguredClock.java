package org.doudi.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.doudi.api.DoudiClock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Today's date in Asia/Shanghai, or a fixed date for rehearsals and tests (PID {@code org.doudi.clock}). */
@Component(service = DoudiClock.class, configurationPid = "org.doudi.clock")
@Designate(ocd = ConfiguredClock.Config.class)
public class ConfiguredClock implements DoudiClock {

    /** Configuration of the server's clock. */
    @ObjectClassDefinition(name = "Doudi clock", description = "The server's idea of today")
    public @interface Config {
        @AttributeDefinition(description = "A fixed date (yyyy-MM-dd) to use as today; empty for the real date")
        String fixedDate() default "";
    }

    private volatile LocalDate fixed;

    @Activate
    @Modified
    void configure(Config config) {
        fixed = config.fixedDate() == null || config.fixedDate().isBlank() ? null
                : LocalDate.parse(config.fixedDate().strip());
    }

    @Override
    public LocalDate today() {
        LocalDate f = fixed;
        return f != null ? f : LocalDate.now(ZONE);
    }

    @Override
    public Instant now() {
        return Instant.now();
    }
}
