package org.doudi.registry.internal;

import java.net.URL;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.doudi.api.persistence.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings the registry's tables up to date (db/registry/V*.sql) before any service uses them. */
@Component(service = RegistrySchema.class)
public class RegistrySchema {
    private static final Logger LOG = LoggerFactory.getLogger(RegistrySchema.class);

    @Reference(target = "(osgi.jndi.service.name=doudi)")
    private DataSource dataSource;

    @Activate
    void activate(BundleContext context) throws Exception {
        Map<Integer, URL> scripts = new TreeMap<>();
        Enumeration<URL> found = context.getBundle().findEntries("db/registry", "V*.sql", false);
        while (found != null && found.hasMoreElements()) {
            URL url = found.nextElement();
            scripts.put(SchemaMigrations.versionOf(url.getPath()), url);
        }
        List<Integer> applied = SchemaMigrations.apply(dataSource, "registry", scripts);
        if (!applied.isEmpty()) {
            LOG.info("Registry schema migrated to version(s) {}", applied);
        }
    }
}
