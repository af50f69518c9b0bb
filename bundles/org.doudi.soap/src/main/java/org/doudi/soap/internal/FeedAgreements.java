package org.doudi.soap.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * What each partner account's agreement covers, read from the same configuration as the REST API (PID
 * {@code org.doudi.partners}): the feed types it may send (attribute {@code feeds}, entries {@code user:type|type}; a
 * partner not listed sends nothing, over SOAP as over REST) and the resources it may refer households to over SOAP
 * (attribute {@code referrals}, entries {@code user:resourceId|resourceId}; a partner not listed refers to none).
 */
@Component(service = FeedAgreements.class, configurationPid = "org.doudi.partners")
public class FeedAgreements {

    /**
     * The part of the partners' configuration this bundle reads; its metatype (config:meta) is the REST bundle's,
     * which designates the whole PID.
     */
    public @interface Config {
        /** Feed types per partner user, e.g. {@code hr-bureau:employment|pension}. */
        String[] feeds() default {};

        /** Resources per partner user it may refer households to over SOAP, e.g. {@code charity-a:R1|R2}. */
        String[] referrals() default {};
    }

    private volatile Map<String, Set<String>> feeds = Map.of();
    private volatile Map<String, Set<String>> referrals = Map.of();

    @Activate
    @Modified
    void configure(Config config) {
        feeds = parse(config.feeds());
        referrals = parse(config.referrals());
    }

    /** True if {@code partner}'s agreement covers feeds of {@code type}. */
    boolean maySend(String partner, String type) {
        return feeds.getOrDefault(partner, Set.of()).contains(type);
    }

    /** True if {@code partner}'s agreement names resource {@code resourceId} for referrals. */
    boolean mayRefer(String partner, String resourceId) {
        return referrals.getOrDefault(partner, Set.of()).contains(resourceId);
    }

    /**
     * The agreements of {@code entries}; an entry may also hold several agreements separated by commas, as a
     * {@code .cfg} file gives {@code feeds = a:x|y, b:z} as one value.
     */
    static Map<String, Set<String>> parse(String[] entries) {
        return Arrays.stream(entries == null ? new String[0] : entries).filter(e -> e != null)
                .flatMap(e -> Stream.of(e.split(","))).map(String::strip).filter(e -> e.indexOf(':') > 0)
                .collect(Collectors.toUnmodifiableMap(e -> e.substring(0, e.indexOf(':')).strip(),
                        e -> Stream.of(e.substring(e.indexOf(':') + 1).split("\\|")).map(String::strip)
                                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()),
                        (a, b) -> b));
    }
}
