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
 * may send ({@code feeds}) and the queries it may ask ({@code queries}, e.g. {@code dishonesty-check}). A partner
 * with no entry sends and asks nothing, so a charity's account cannot report a death and stop a payment, nor look
 * people up on the joint-punishment list.
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

        @AttributeDefinition(description = "Queries per partner user, e.g. 'bank-a:dishonesty-check'")
        String[] queries() default {};
    }

    /** The query of one person against the joint-punishment list ({@code GET /api/dishonesty-records/check}). */
    public static final String DISHONESTY_CHECK = "dishonesty-check";

    private volatile Map<String, Set<String>> feeds = Map.of();
    private volatile Map<String, Set<String>> queries = Map.of();

    @Activate
    @Modified
    void configure(Config config) {
        feeds = parse("feeds", config.feeds());
        queries = parse("queries", config.queries());
    }

    private static Map<String, Set<String>> parse(String attribute, String[] entries) {
        Map<String, Set<String>> parsed = new HashMap<>();
        // a .cfg file gives one string "a:x|y, b:z" (Configuration Admin does not split it): split on commas too
        String[] split = entries == null ? new String[0] : Stream.of(entries).filter(e -> e != null)
                .flatMap(e -> Stream.of(e.split(","))).toArray(String[]::new);
        for (String entry : split) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                LOG.error("org.doudi.partners {}: '{}' is not 'user:item|item'; ignored", attribute, entry);
                continue;
            }
            parsed.put(entry.substring(0, colon).strip(), Stream.of(entry.substring(colon + 1).split("\\|"))
                    .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()));
        }
        return Map.copyOf(parsed);
    }

    /** True if {@code partner}'s agreement covers feeds of {@code type}. */
    public boolean maySend(String partner, String type) {
        return feeds.getOrDefault(partner, Set.of()).contains(type);
    }

    /** True if {@code partner}'s agreement covers queries of {@code query}, e.g. {@link #DISHONESTY_CHECK}. */
    public boolean mayQuery(String partner, String query) {
        return queries.getOrDefault(partner, Set.of()).contains(query);
    }
}
