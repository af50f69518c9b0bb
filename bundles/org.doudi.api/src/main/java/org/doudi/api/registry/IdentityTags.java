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

    /** 低保对象 — on the minimum livelihood guarantee (set on enrolment; read by dibao's gradual exit and others). */
    public static final String DIBAO = "DIBAO";
    /** 低保边缘家庭成员 — member of a recognised dibao-edge family. */
    public static final String DIBAO_EDGE = "DIBAO_EDGE";
    /** 特困人员 — recognised special-hardship person. */
    public static final String SPECIAL_HARDSHIP = "SPECIAL_HARDSHIP";
    /** 刚性支出困难家庭成员 — member of a recognised rigid-expenditure hardship family. */
    public static final String RIGID_EXPENDITURE = "RIGID_EXPENDITURE";
    /** Has a legally bound supporter able to support them, living outside the household (有履行能力的法定义务人). */
    public static final String HAS_ABLE_SUPPORTER = "HAS_ABLE_SUPPORTER";

    /** The codes above. */
    public static final Set<String> WELL_KNOWN = Set.of(DIBAO, DIBAO_EDGE, SPECIAL_HARDSHIP, RIGID_EXPENDITURE,
            HAS_ABLE_SUPPORTER, CHILD_IN_DIFFICULTY, SCATTERED_ORPHAN,
            SEVERELY_DISABLED_UNEMPLOYED, REFERRED_TRADE_UNION, REFERRED_YOUTH_LEAGUE, REFERRED_WOMENS_FEDERATION,
            REFERRED_DISABLED_FEDERATION, REFERRED_RED_CROSS, FOUND_ON_VISIT, HELPED_BY_CHARITY);

    /** The shape every tag code has. */
    public static final String PATTERN = "[A-Z][A-Z0-9_]{1,63}";

    private IdentityTags() {
    }
}
