package org.doudi.api.registry;

import java.util.Set;

/**
 * Well-known identity tag codes. Other upper-case codes are accepted too (a district keeps its own list);
 * these are the ones the rules of the core (the four circles, the programs) read.
 */
public final class IdentityTags {
    /** 困境儿童 — child in difficulty. */
    public static final String CHILD_IN_DIFFICULTY = "CHILD_IN_DIFFICULTY";
    /** 社会散居孤儿 — scattered orphan. */
    public static final String SCATTERED_ORPHAN = "SCATTERED_ORPHAN";
    /** 重残无业 — severely disabled and unemployed, on regular civil-affairs subsidies. */
    public static final String SEVERELY_DISABLED_UNEMPLOYED = "SEVERELY_DISABLED_UNEMPLOYED";
    /** Referred by the trade union (工会). */
    public static final String REFERRED_TRADE_UNION = "REFERRED_TRADE_UNION";
    /** Referred by the youth league (团委). */
    public static final String REFERRED_YOUTH_LEAGUE = "REFERRED_YOUTH_LEAGUE";
    /** Referred by the women's federation (妇联). */
    public static final String REFERRED_WOMENS_FEDERATION = "REFERRED_WOMENS_FEDERATION";
    /** Referred by the disabled persons' federation (残联). */
    public static final String REFERRED_DISABLED_FEDERATION = "REFERRED_DISABLED_FEDERATION";
    /** Referred by the Red Cross (红十字会). */
    public static final String REFERRED_RED_CROSS = "REFERRED_RED_CROSS";
    /** Found on a grassroots visit (基层走访发现). */
    public static final String FOUND_ON_VISIT = "FOUND_ON_VISIT";
    /** Helped by a charity (慈善帮扶). */
    public static final String HELPED_BY_CHARITY = "HELPED_BY_CHARITY";

    /** The codes above. */
    public static final Set<String> WELL_KNOWN = Set.of(CHILD_IN_DIFFICULTY, SCATTERED_ORPHAN,
            SEVERELY_DISABLED_UNEMPLOYED, REFERRED_TRADE_UNION, REFERRED_YOUTH_LEAGUE, REFERRED_WOMENS_FEDERATION,
            REFERRED_DISABLED_FEDERATION, REFERRED_RED_CROSS, FOUND_ON_VISIT, HELPED_BY_CHARITY);

    /** The shape every tag code has. */
    public static final String PATTERN = "[A-Z][A-Z0-9_]{1,63}";

    private IdentityTags() {
    }
}
