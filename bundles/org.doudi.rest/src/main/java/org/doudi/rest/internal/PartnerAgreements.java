package org.doudi.rest.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each partner account's data-sharing agreement covers (PID {@code org.doudi.partners}): the feed types it
 * may send. A partner with no entry sends none, so a charity's account cannot report a death and stop a payment.
 */
@Component(service = PartnerAgreements.class, configurationPid = "org.doudi.partners")
@Designate(ocd = PartnerAgreements.Config.class)
public class PartnerAgreements {
    private static final Logger LOG = LoggerFactory.getLogger(PartnerAgreements.class);

    /** Configuration of the partners' agreements. */
    @ObjectClassDefinition(name = "Doudi partner agreements", description = "What each partner account may send")
    public @interface Config {
        @AttributeDefinition(description = "Feed types per partner user, e.g. 'hr-bureau:employment|pension', "
                + "'public-security:death|vehicle'")
        String[] feeds() default {};
    }

    private volatile Map<String, Set<String>> feeds = Map.of();

    @Activate
    @Modified
    void configure(Config config) {
        Map<String, Set<String>> parsed = new HashMap<>();
        for (String entry : config.feeds()) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                LOG.error("org.doudi.partners feeds: '{}' is not 'user:type|type'; ignored", entry);
                continue;
            }
            parsed.put(entry.substring(0, colon).strip(), Stream.of(entry.substring(colon + 1).split("\\|"))
                    .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()));
        }
        feeds = Map.copyOf(parsed);
    }

    /** True if {@code partner}'s agreement covers feeds of {@code type}. */
    public boolean maySend(String partner, String type) {
        return feeds.getOrDefault(partner, Set.of()).contains(type);
    }
}
