package org.doudi.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doudi.api.Street;
import org.doudi.api.StreetDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The district's streets from configuration (PID {@code org.doudi.registry.streets}); Changning by default. */
@Component(service = StreetDirectory.class, configurationPid = "org.doudi.registry.streets")
@Designate(ocd = ConfiguredStreetDirectory.Config.class)
public class ConfiguredStreetDirectory implements StreetDirectory {

    /** Changning District, Shanghai (310105), in the order of SPEC §1. */
    static final String CHANGNING = "huayanglu:华阳路街道,jiangsulu:江苏路街道,xinhualu:新华路街道,"
            + "zhoujiaqiao:周家桥街道,tianshanlu:天山路街道,xianxiaxincun:仙霞新村街道,hongqiao:虹桥街道,"
            + "chengjiaqiao:程家桥街道,beixinjing:北新泾街道,xinjing:新泾镇";

    /** Configuration of the street list. */
    @ObjectClassDefinition(name = "Doudi streets", description = "The streets and towns of the district")
    public @interface Config {
        @AttributeDefinition(description = "Comma-separated id:label pairs; ids are lower-case ASCII. "
                + "Empty for Changning's ten streets")
        String streets() default "";
    }

    private volatile List<Street> streets = parse(CHANGNING);

    @Activate
    @Modified
    void configure(Config config) {
        streets = parse(config.streets() == null || config.streets().isBlank() ? CHANGNING : config.streets());
    }

    static List<Street> parse(String spec) {
        List<Street> out = new ArrayList<>();
        for (String pair : spec.split(",")) {
            String[] parts = pair.strip().split(":", 2);
            if (parts.length == 2 && parts[0].strip().matches("[a-z][a-z0-9-]{1,31}")) {
                out.add(new Street(parts[0].strip(), parts[1].strip()));
            } else if (!pair.isBlank()) {
                throw new IllegalArgumentException("street entry '" + pair.strip() + "' is not id:label");
            }
        }
        return List.copyOf(out);
    }

    @Override
    public List<Street> streets() {
        return streets;
    }

    @Override
    public Optional<Street> find(String id) {
        return streets.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
