package org.doudi.api.resources;

/** Who offers a resource. */
public enum ResourceKind {
    /** A policy entitlement (政策). */
    POLICY,
    /** A department's special assistance (专项救助): medical, education, housing, employment, disaster relief. */
    SPECIAL_ASSISTANCE,
    /** A trade union's project (工会帮扶). */
    UNION_PROJECT,
    /** A charity's project (慈善项目), e.g. a community warm-heart fund. */
    CHARITY_PROJECT,
    /** A social organisation's or volunteers' service (社会力量服务). */
    SOCIAL_SERVICE
}
