package org.doudi.registry.internal.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.Circle;
import org.doudi.api.casework.CirclePlacement;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.IdentityTags;
import org.doudi.api.registry.Member;

/**
 * The rules of the four circles (SPEC §4): which circle each member of a household is in on a given day, from the
 * household's enrolments and cases and the members' identity tags. Pure: no OSGi, no persistence.
 *
 * <p>Each active member is placed in the innermost circle that applies (1 before 2 before 3 before 4). Enrolments
 * and cases belong to the household, so they place every member active on the day; tags place only the person who
 * carries them. "The last two years" is the window from {@code asOf.minusYears(2)} to {@code asOf}, both included;
 * facts dated after {@code asOf} are ignored.
 */
public final class CircleRules {

    /** Program id of dibao, the minimum livelihood guarantee (低保). */
    public static final String DIBAO = "dibao";
    /** Program id of special-hardship support (特困供养). */
    public static final String SPECIAL_HARDSHIP = "special-hardship";
    /** Program id of dibao-edge special assistance (低保边缘家庭专项救助). */
    public static final String DIBAO_EDGE = "dibao-edge";
    /** Program id of rigid-expenditure relief (支出型贫困 / 刚性支出困难家庭救助). */
    public static final String RIGID_EXPENDITURE = "rigid-expenditure";
    /** Program id of the regular subsidy for severely disabled unemployed persons (重残无业人员生活补助). */
    public static final String DISABILITY_SUBSIDY = "disability-subsidy";
    /** Program id of temporary relief (临时救助). */
    public static final String TEMPORARY_RELIEF = "temporary-relief";

    /**
     * Circle 1, covered by policy (SPEC §4.1): an ACTIVE or SUSPENDED enrolment of the household in one of these
     * programs — dibao recipients, special-hardship persons, dibao-edge and rigid-expenditure family members, the
     * severely disabled unemployed on regular civil-affairs subsidies.
     */
    public static final List<String> CIRCLE_1_PROGRAMS = List.of(DIBAO, SPECIAL_HARDSHIP, DIBAO_EDGE,
            RIGID_EXPENDITURE, DISABILITY_SUBSIDY);

    /**
     * Circle 1, covered by policy (SPEC §4.1): the person carries one of these tags — dibao recipient, special-hardship
     * person, dibao-edge or rigid-expenditure family member, severely disabled unemployed (重残无业), child in
     * difficulty (困境儿童), scattered orphan (社会散居孤儿).
     */
    public static final List<String> CIRCLE_1_TAGS = List.of(IdentityTags.DIBAO, IdentityTags.SPECIAL_HARDSHIP,
            IdentityTags.DIBAO_EDGE, IdentityTags.RIGID_EXPENDITURE, IdentityTags.SEVERELY_DISABLED_UNEMPLOYED,
            IdentityTags.CHILD_IN_DIFFICULTY, IdentityTags.SCATTERED_ORPHAN);

    /** 医疗专项救助 — receiving medical special assistance (SPEC §4.2). */
    public static final String MEDICAL_ASSISTANCE = "MEDICAL_ASSISTANCE";
    /** 教育专项救助 — receiving education special assistance (SPEC §4.2). */
    public static final String EDUCATION_ASSISTANCE = "EDUCATION_ASSISTANCE";
    /** 住房专项救助 — receiving housing special assistance (SPEC §4.2). */
    public static final String HOUSING_ASSISTANCE = "HOUSING_ASSISTANCE";
    /** 就业专项救助 — receiving employment special assistance (SPEC §4.2). */
    public static final String EMPLOYMENT_ASSISTANCE = "EMPLOYMENT_ASSISTANCE";
    /** 临时救助 — received temporary relief; counts for circle 2 when its {@code since} is in the last two years. */
    public static final String TEMPORARY_RELIEF_TAG = "TEMPORARY_RELIEF";

    /**
     * Circle 2, covered but still needing help (SPEC §4.2): the person carries one of these special-assistance tags
     * (medical, education, housing, employment).
     */
    public static final List<String> CIRCLE_2_TAGS = List.of(MEDICAL_ASSISTANCE, EDUCATION_ASSISTANCE,
            HOUSING_ASSISTANCE, EMPLOYMENT_ASSISTANCE);

    /**
     * Circle 2 (SPEC §4.2), "received temporary relief in the last two years": a GRANTED case of this program decided
     * in the window, an enrolment in it whose status dates from the window (or that is still ACTIVE), or the tag
     * {@link #TEMPORARY_RELIEF_TAG} from a date in the window.
     */
    public static final String CIRCLE_2_PROGRAM = TEMPORARY_RELIEF;

    /**
     * Circle 3, policy edge (SPEC §4.3): in the last two years the household applied for one of these programs —
     * dibao, special hardship, dibao-edge special assistance, rigid-expenditure relief, temporary relief — and was
     * refused (a REFUSED case decided in the window) or terminated (a TERMINATED enrolment, for any reason, from a
     * date in the window).
     */
    public static final List<String> CIRCLE_3_PROGRAMS = List.of(DIBAO, SPECIAL_HARDSHIP, DIBAO_EDGE,
            RIGID_EXPENDITURE, TEMPORARY_RELIEF);

    /**
     * Circle 4, other people to watch (SPEC §4.4): the person carries one of these tags — referred by the trade union,
     * youth league, women's federation, disabled persons' federation or Red Cross; found on a grassroots visit;
     * helped by a charity.
     */
    public static final List<String> CIRCLE_4_TAGS = List.of(IdentityTags.REFERRED_TRADE_UNION,
            IdentityTags.REFERRED_YOUTH_LEAGUE, IdentityTags.REFERRED_WOMENS_FEDERATION,
            IdentityTags.REFERRED_DISABLED_FEDERATION, IdentityTags.REFERRED_RED_CROSS, IdentityTags.FOUND_ON_VISIT,
            IdentityTags.HELPED_BY_CHARITY);

    /** The reason of a placement in no circle. */
    public static final String NO_CIRCLE = "no circle applies";

    /** Years back from {@code asOf} that "the last two years" reaches. */
    public static final int WINDOW_YEARS = 2;

    /**
     * A household's enrolment as the rules read it.
     *
     * @param programId   the program
     * @param status      its current status
     * @param reason      why it was suspended or terminated, or null
     * @param statusSince the day the current status took effect
     * @param persons     for a person-level program (special hardship, the disability subsidy): the members it
     *                    covers; null when it covers the whole household
     */
    public record EnrolmentFact(String programId, EnrolmentStatus status, TerminationReason reason,
            LocalDate statusSince, java.util.Set<String> persons) {

        /** A household-level enrolment. */
        public EnrolmentFact(String programId, EnrolmentStatus status, TerminationReason reason, LocalDate statusSince) {
            this(programId, status, reason, statusSince, null);
        }

        boolean covers(String personId) {
            return persons == null || persons.contains(personId);
        }
    }

    /**
     * A household's application (case) as the rules read it.
     *
     * @param programId the program applied for
     * @param status    the case's status
     * @param decidedOn the day it was granted or refused, or null while undecided
     */
    public record CaseFact(String programId, CaseStatus status, LocalDate decidedOn) {
    }

    private CircleRules() {
    }

    /**
     * Places the members of {@code household} active on {@code asOf}, in member order: each in the innermost circle
     * that applies, with the fact that placed them, or in no circle (circle null, reason {@value #NO_CIRCLE}).
     * Members who have left the household by {@code asOf} get no placement.
     *
     * @param household  the household, with its members
     * @param enrolments the household's enrolments (any program, any status); null for none
     * @param cases      the household's cases (any program, any status); null for none
     * @param asOf       the day to place for
     */
    public static List<CirclePlacement> place(Household household, List<EnrolmentFact> enrolments,
            List<CaseFact> cases, LocalDate asOf) {
        if (asOf == null) {
            throw new IllegalArgumentException("asOf is required");
        }
        List<EnrolmentFact> es = enrolments == null ? List.of() : enrolments;
        List<CaseFact> cs = cases == null ? List.of() : cases;
        LocalDate windowStart = asOf.minusYears(WINDOW_YEARS);

        String household2 = circle2Household(es, cs, windowStart, asOf);
        String household3 = circle3Household(es, cs, windowStart, asOf);

        List<CirclePlacement> placements = new ArrayList<>();
        List<Member> members = household.members() == null ? List.of() : household.members();
        for (Member m : members) {
            if (m == null || !m.activeOn(asOf)) {
                continue;
            }
            placements.add(placeMember(m, circle1Enrolment(es, m.personId(), asOf), household2, household3, windowStart,
                    asOf));
        }
        return placements;
    }

    private static CirclePlacement placeMember(Member m, String household1, String household2, String household3,
            LocalDate windowStart, LocalDate asOf) {
        String id = m.personId();
        if (household1 != null) {
            return new CirclePlacement(id, Circle.COVERED, household1);
        }
        String tag1 = firstTag(m, CIRCLE_1_TAGS, asOf);
        if (tag1 != null) {
            return new CirclePlacement(id, Circle.COVERED, tag1);
        }
        String tag2 = firstTag(m, CIRCLE_2_TAGS, asOf);
        if (tag2 != null) {
            return new CirclePlacement(id, Circle.COVERED_NEEDING_HELP, tag2);
        }
        if (household2 != null) {
            return new CirclePlacement(id, Circle.COVERED_NEEDING_HELP, household2);
        }
        String relief = tagInWindow(m, TEMPORARY_RELIEF_TAG, windowStart, asOf);
        if (relief != null) {
            return new CirclePlacement(id, Circle.COVERED_NEEDING_HELP, relief);
        }
        if (household3 != null) {
            return new CirclePlacement(id, Circle.POLICY_EDGE, household3);
        }
        String tag4 = firstTag(m, CIRCLE_4_TAGS, asOf);
        if (tag4 != null) {
            return new CirclePlacement(id, Circle.WATCH, tag4);
        }
        return new CirclePlacement(id, null, NO_CIRCLE);
    }

    /**
     * Circle 1 by enrolment: the first ACTIVE or SUSPENDED enrolment in a circle-1 program that covers the person
     * (a household-level one covers every member), or null.
     */
    private static String circle1Enrolment(List<EnrolmentFact> enrolments, String personId, LocalDate asOf) {
        for (EnrolmentFact e : enrolments) {
            if (e == null || !CIRCLE_1_PROGRAMS.contains(e.programId()) || after(e.statusSince(), asOf)
                    || !e.covers(personId)) {
                continue;
            }
            if (e.status() == EnrolmentStatus.ACTIVE || e.status() == EnrolmentStatus.SUSPENDED) {
                return "enrolled in " + e.programId() + " (" + e.status() + since(e.statusSince())
                        + (e.reason() == null ? "" : " for " + e.reason()) + ")";
            }
        }
        return null;
    }

    /** Circle 2 by the household's temporary relief in the window, or null. */
    private static String circle2Household(List<EnrolmentFact> enrolments, List<CaseFact> cases,
            LocalDate windowStart, LocalDate asOf) {
        for (CaseFact c : cases) {
            if (c != null && CIRCLE_2_PROGRAM.equals(c.programId()) && c.status() == CaseStatus.GRANTED
                    && within(c.decidedOn(), windowStart, asOf)) {
                return "granted " + c.programId() + " on " + c.decidedOn() + window(asOf);
            }
        }
        for (EnrolmentFact e : enrolments) {
            if (e == null || !CIRCLE_2_PROGRAM.equals(e.programId()) || e.status() == null) {
                continue;
            }
            if (within(e.statusSince(), windowStart, asOf)) {
                return e.programId() + " enrolment " + e.status() + " since " + e.statusSince()
                        + (e.reason() == null ? "" : " for " + e.reason()) + window(asOf);
            }
            if (e.status() == EnrolmentStatus.ACTIVE && !after(e.statusSince(), asOf)) {
                return "receiving " + e.programId() + " (ACTIVE" + since(e.statusSince()) + ")";
            }
        }
        return null;
    }

    /** Circle 3 by a refusal or termination in the window, or null. */
    private static String circle3Household(List<EnrolmentFact> enrolments, List<CaseFact> cases,
            LocalDate windowStart, LocalDate asOf) {
        for (CaseFact c : cases) {
            if (c != null && CIRCLE_3_PROGRAMS.contains(c.programId()) && c.status() == CaseStatus.REFUSED
                    && within(c.decidedOn(), windowStart, asOf)) {
                return "refused " + c.programId() + " on " + c.decidedOn() + window(asOf);
            }
        }
        for (EnrolmentFact e : enrolments) {
            if (e != null && CIRCLE_3_PROGRAMS.contains(e.programId()) && e.status() == EnrolmentStatus.TERMINATED
                    && within(e.statusSince(), windowStart, asOf)) {
                return "terminated from " + e.programId() + " on " + e.statusSince()
                        + (e.reason() == null ? "" : " for " + e.reason()) + window(asOf);
            }
        }
        return null;
    }

    /** The first of {@code tags} (in that order) the member carries on {@code asOf}, as a reason, or null. */
    private static String firstTag(Member m, List<String> tags, LocalDate asOf) {
        for (String tag : tags) {
            IdentityTag t = carried(m, tag, asOf);
            if (t != null) {
                return "tag " + t.tag() + since(t.since());
            }
        }
        return null;
    }

    /** The member's tag {@code tag} dated within the window, as a reason, or null. An undated tag does not count. */
    private static String tagInWindow(Member m, String tag, LocalDate windowStart, LocalDate asOf) {
        if (m.tags() == null) {
            return null;
        }
        for (IdentityTag t : m.tags()) {
            if (t != null && tag.equals(t.tag()) && within(t.since(), windowStart, asOf)) {
                return "tag " + t.tag() + " since " + t.since() + window(asOf);
            }
        }
        return null;
    }

    /**
     * The member's tag {@code tag} in force on {@code asOf} (undated, or dated on or before it), or null. The same
     * test as {@link org.doudi.api.program.MemberFacts#hasTag}, returning the tag for its date.
     */
    private static IdentityTag carried(Member m, String tag, LocalDate asOf) {
        if (m.tags() == null) {
            return null;
        }
        for (IdentityTag t : m.tags()) {
            if (t != null && tag.equals(t.tag()) && !after(t.since(), asOf)) {
                return t;
            }
        }
        return null;
    }

    private static boolean within(LocalDate date, LocalDate windowStart, LocalDate asOf) {
        return date != null && !date.isBefore(windowStart) && !date.isAfter(asOf);
    }

    private static boolean after(LocalDate date, LocalDate asOf) {
        return date != null && date.isAfter(asOf);
    }

    private static String since(LocalDate date) {
        return date == null ? "" : " since " + date;
    }

    private static String window(LocalDate asOf) {
        return " (within two years of " + asOf + ")";
    }
}
