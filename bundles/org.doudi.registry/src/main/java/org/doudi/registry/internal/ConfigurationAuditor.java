package org.doudi.registry.internal;

import java.security.AccessController;
import java.security.Principal;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Subject;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.SynchronousConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audits every change of a Doudi configuration ({@code org.doudi.*}: standards, rules, figures that move money)
 * like a data write: who (the console user, or the file for edits under etc/), when, and each property's old
 * and new value. Synchronous, so the acting user's subject is still on the thread.
 */
@Component(service = SynchronousConfigurationListener.class, immediate = true)
public class ConfigurationAuditor implements SynchronousConfigurationListener {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationAuditor.class);
    static final String PREFIX = "org.doudi.";
    private static final java.util.Set<String> NOISE = java.util.Set.of("service.pid", "felix.fileinstall.filename",
            "service.bundleLocation", "service.factoryPid");

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private ConfigurationAdmin configurationAdmin;
    @Reference
    private DoudiClock clock;
    @Reference
    private RegistrySchema schema;

    private final Map<String, Map<String, String>> known = new ConcurrentHashMap<>();

    @Activate
    void activate() throws Exception {
        Configuration[] all = configurationAdmin.listConfigurations("(service.pid=" + PREFIX + "*)");
        for (Configuration c : all == null ? new Configuration[0] : all) {
            known.put(c.getPid(), flatten(c.getProperties()));
        }
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String pid = event.getPid();
        if (pid == null || !pid.startsWith(PREFIX)) {
            return;
        }
        try {
            Map<String, String> after = event.getType() == ConfigurationEvent.CM_DELETED ? Map.of() : current(pid);
            Map<String, String> before = known.getOrDefault(pid, Map.of());
            Map<String, Map<String, String>> changes = new TreeMap<>();
            for (String key : union(before, after)) {
                if (!Objects.equals(before.get(key), after.get(key))) {
                    Map<String, String> change = new TreeMap<>();
                    change.put("old", before.get(key));
                    change.put("new", after.get(key));
                    changes.put(key, change);
                }
            }
            known.put(pid, after);
            if (changes.isEmpty()) {
                return;
            }
            String payload = Snapshots.json(Collections.singletonMap("changes", changes));
            Tx.run(jpa, em -> AuditLog.append(em, clock.now(), actor(pid), event.getType() == ConfigurationEvent.CM_DELETED
                    ? "CONFIG_DELETED" : "CONFIG_UPDATED", "configuration", pid, null, "configuration of " + pid
                    + " changed: " + describe(changes), payload));
        } catch (Exception e) {
            LOG.error("Could not audit the change of configuration {}", pid, e);
        }
    }

    /** The changes in words, old and new values included (secrets hidden), e.g. {@code standard: 'a' → 'b'}. */
    static String describe(Map<String, Map<String, String>> changes) {
        StringBuilder s = new StringBuilder();
        changes.forEach((key, change) -> s.append(s.length() == 0 ? "" : "; ").append(key).append(": ")
                .append(shown(key, change.get("old"))).append(" → ").append(shown(key, change.get("new"))));
        return s.toString();
    }

    private static String shown(String key, String value) {
        if (value == null) {
            return "(none)";
        }
        if (key.toLowerCase(java.util.Locale.ROOT).matches(".*(password|secret|token|key)$")) {
            return "(hidden)";
        }
        return "'" + (value.length() > 120 ? value.substring(0, 120) + "…" : value) + "'";
    }

    private Map<String, String> current(String pid) throws Exception {
        Configuration[] found = configurationAdmin.listConfigurations("(service.pid=" + pid + ")");
        return found == null || found.length == 0 ? Map.of() : flatten(found[0].getProperties());
    }

    @SuppressWarnings("removal")
    static String actor(String pid) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal p : subject.getPrincipals()) {
                if (p.getClass().getSimpleName().equals("UserPrincipal")) {
                    return p.getName();
                }
            }
        }
        return "system:configuration";
    }

    static Map<String, String> flatten(Dictionary<String, Object> props) {
        Map<String, String> out = new TreeMap<>();
        if (props == null) {
            return out;
        }
        for (java.util.Enumeration<String> keys = props.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            if (!NOISE.contains(key)) {
                Object value = props.get(key);
                out.put(key, value instanceof Object[] ? java.util.Arrays.toString((Object[]) value) : String.valueOf(value));
            }
        }
        return out;
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> keys = new java.util.TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
