package org.doudi.api.casework;

/**
 * The four circles of the tiered classification (分层分类, SPEC §4). Every person in the registry is placed, by
 * rules, in at most one circle: the innermost that applies (circle 1 before 2 before 3 before 4).
 */
public enum Circle {
    /**
     * 第一圈 政策覆盖 — covered by policy: special-hardship persons (特困人员), dibao recipients (低保对象), severely
     * disabled unemployed persons on regular civil-affairs subsidies (重残无业), dibao-edge family members (低保边缘家庭成员),
     * rigid-expenditure family members (刚性支出困难家庭成员), children in difficulty (困境儿童), scattered orphans
     * (社会散居孤儿).
     */
    COVERED(1),
    /**
     * 第二圈 已覆盖仍需帮扶 — covered, still needing help: receiving medical, education, housing or employment special
     * assistance (医疗/教育/住房/就业专项救助), or received temporary relief (临时救助) in the last two years.
     */
    COVERED_NEEDING_HELP(2),
    /**
     * 第三圈 政策边缘 — policy edge: in the last two years applied for dibao, special hardship, dibao-edge special
     * assistance, rigid-expenditure relief or temporary relief, and was refused (不予批准) or terminated (终止).
     */
    POLICY_EDGE(3),
    /**
     * 第四圈 其他需关注 — other people to watch: referred by the trade union (工会), youth league (团委), women's
     * federation (妇联), disabled persons' federation (残联) or Red Cross (红十字会); found on grassroots visits
     * (基层走访发现); helped by charities (慈善帮扶); anyone else in trouble.
     */
    WATCH(4);

    private final int number;

    Circle(int number) {
        this.number = number;
    }

    /** The circle's number, 1 (innermost, covered by policy) to 4 (others to watch). */
    public int number() {
        return number;
    }

    /** The circle numbered {@code number} (1..4). */
    public static Circle of(int number) {
        for (Circle c : values()) {
            if (c.number == number) {
                return c;
            }
        }
        throw new IllegalArgumentException("no circle " + number + " (1..4)");
    }
}
