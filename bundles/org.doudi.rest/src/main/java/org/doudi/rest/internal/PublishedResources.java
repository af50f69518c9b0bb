package org.doudi.rest.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What the API publishes right now, against what it must offer: the publisher reports, the health resource
 * reads. Kept apart from both so neither depends on the other.
 */
@Component(service = {ApiReadiness.class, PublishedResources.class}, configurationPid = "org.doudi.rest")
@Designate(ocd = PublishedResources.Config.class)
public class PublishedResources implements ApiReadiness {

    /** What the API must offer before it reports ready. */
    @ObjectClassDefinition(name = "Doudi REST API", description = "Publishing of the API under /api")
    public @interface Config {
        @AttributeDefinition(description = "Root paths of the core resources; /api/health reports UP only once all "
                + "of them are published")
        String[] requiredResources() default {"health", "households", "streets", "audit", "programs", "cases",
            "enrolments", "payroll", "jobs", "imports", "monitoring", "warnings", "screenings", "reconciliations",
            "staff-relatives", "custody-records", "reports/streets", "file-checks",
            "dishonesty-records", "needs", "visits", "resources", "referrals", "docs", "dci/oauth2/client/token"};
    }

    private volatile Set<String> required = Set.of();
    private volatile Set<String> published = Set.of();

    @Activate
    @Modified
    void configure(Config config) {
        required = Set.copyOf(Arrays.asList(config.requiredResources()));
    }

    void publishedNow(Set<String> rootPaths) {
        published = Set.copyOf(rootPaths);
    }

    @Override
    public Set<String> missing() {
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(published);
        return missing;
    }
}
