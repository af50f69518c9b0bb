package org.doudi.registry.internal.demo;

import static org.doudi.api.registry.Relation.CHILD;
import static org.doudi.api.registry.Relation.GRANDCHILD;
import static org.doudi.api.registry.Relation.GRANDPARENT;
import static org.doudi.api.registry.Relation.HEAD;
import static org.doudi.api.registry.Relation.OTHER;
import static org.doudi.api.registry.Relation.PARENT;
import static org.doudi.api.registry.Relation.SIBLING;
import static org.doudi.api.registry.Relation.SPOUSE;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.DisabilityCategory;
import org.doudi.api.registry.EmploymentStatus;
import org.doudi.api.registry.HealthStatus;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.IdentityTags;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.registry.SelfCare;
import org.doudi.api.registry.Sex;
import org.doudi.api.registry.StudentStatus;
import org.doudi.api.registry.WorkAbility;
import org.doudi.registry.internal.demo.DemoFinances.Tier;

/**
 * Deterministic generator of realistic synthetic households for Shanghai Changning (region 310105), for
 * demonstrations and load tests. The same seed, streets and "today" always give the same sequence of
 * {@linkplain Household#draft household drafts}.
 *
 * <p>Each household gets a street from the list, a hukou address on one of its roads (about 8 % live elsewhere),
 * a family shape (single elderly, couple, couple with children, single parent, three generations, now and then
 * six or more members or a member with relation {@code OTHER}) with exactly one {@code HEAD}, and members whose
 * ages, disability, health, work ability, employment, schooling, self-care and identity tags fit together.
 * An economic tier is drawn first: about 25 % of households live on less than 1,330 yuan per person per month
 * (a fifth of them with no income at all), 20 % on 1,330 to 2,660, the rest above; incomes (wages, pensions,
 * business, property, transfers), assets and rigid expenditures follow it.
 *
 * <p>ID numbers are {@code 310105} + birth date + sequence + check character. Each (birth date, sex) has 500
 * sequence codes, issued in a fixed permuted order; when a date's codes are used up the birth date moves by a
 * day. So no number repeats within one generator (about 17 million people per sex fit).
 *
 * <p>Not thread-safe.
 */
public final class DemoHouseholdGenerator {

    private static final LocalDate FIRST_BIRTH = LocalDate.of(1930, 1, 1);
    private static final int CODES_PER_DAY_AND_SEX = 500;
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DisabilityCategory[] CATEGORIES = DisabilityCategory.values();
    private static final int[] CATEGORY_WEIGHTS = {15, 15, 3, 35, 10, 12, 10}; // VISUAL .. MULTIPLE
    private static final EmploymentStatus[] WORKING_AGE = {EmploymentStatus.EMPLOYED, EmploymentStatus.FLEXIBLE,
        EmploymentStatus.UNEMPLOYED, EmploymentStatus.NOT_IN_LABOUR_FORCE};
    private static final String[] REFERRALS = {IdentityTags.REFERRED_TRADE_UNION, IdentityTags.REFERRED_YOUTH_LEAGUE,
        IdentityTags.REFERRED_WOMENS_FEDERATION, IdentityTags.REFERRED_DISABLED_FEDERATION,
        IdentityTags.REFERRED_RED_CROSS};
    private static final String[] REFERRAL_SOURCES = {"区总工会", "团区委", "区妇联", "区残联", "区红十字会"};
    private static final String[] CHILD_SOURCES = {"区民政局", "区妇联", "街道排查"};

    private final SplittableRandom rnd;
    private final DemoFinances finances;
    private final List<String> streets;
    private final LocalDate today;
    private final long firstDay;
    private final long lastDay;
    /** ID numbers issued so far per (birth day, sex). */
    private final short[] issued;

    /**
     * A generator.
     *
     * @param seed      the seed; equal seeds (with equal streets and today) give equal households
     * @param streetIds ids of the streets to spread households over, e.g. {@code tianshanlu}; not empty
     * @param today     the reference date for ages and the dates of figures
     */
    public DemoHouseholdGenerator(long seed, List<String> streetIds, LocalDate today) {
        this.streets = List.copyOf(streetIds);
        this.today = Objects.requireNonNull(today, "today");
        if (streets.isEmpty()) {
            throw new IllegalArgumentException("no streets");
        }
        if (today.isBefore(FIRST_BIRTH.plusYears(2))) {
            throw new IllegalArgumentException("today must be after 1931");
        }
        this.rnd = new SplittableRandom(seed);
        this.finances = new DemoFinances(rnd, today);
        this.firstDay = FIRST_BIRTH.toEpochDay();
        this.lastDay = today.minusYears(1).toEpochDay();
        this.issued = new short[(int) (lastDay - firstDay + 1) * 2];
    }

    /** The next household draft. */
    public Household next() {
        String street = DemoNames.pick(rnd, streets);
        Tier tier = Tier.values()[weighted(5, 20, 20, 55)];
        String hukou = DemoNames.address(rnd, street);
        String residence = hukou;
        if (chance(0.08)) { // people-household separation: lives elsewhere, in the district
            while (residence.equals(hukou)) {
                residence = DemoNames.address(rnd, DemoNames.pick(rnd, streets));
            }
        }
        List<Member> members = members(tier);
        return Household.draft(street, hukou, residence, members, finances.incomes(members, tier),
                finances.assets(members, tier), finances.expenditures(members));
    }

    // --- family shapes ----------------------------------------------------------------------------------

    private List<Member> members(Tier tier) {
        List<Member> ms = new ArrayList<>();
        String surname = DemoNames.surname(rnd);
        int shape = rnd.nextInt(100);
        if (shape < 18) { // single elderly
            add(ms, HEAD, sex(0.4), aged(60, 90), surname, tier);
        } else if (shape < 24) { // single adult
            add(ms, HEAD, sex(0.6), aged(25, 59), surname, tier);
        } else if (shape < 42) { // couple
            spouse(ms, add(ms, HEAD, sex(0.85), aged(25, 90), surname, tier), tier);
        } else if (shape < 66) { // couple with children
            Member head = add(ms, HEAD, sex(0.85), aged(28, 60), surname, tier);
            Member spouse = spouse(ms, head, tier);
            children(ms, head, CHILD, fatherSurname(head, spouse), 1 + weighted(60, 35, 5), tier);
        } else if (shape < 74) { // single parent
            Member head = add(ms, HEAD, sex(0.3), aged(25, 55), surname, tier);
            children(ms, head, CHILD, fatherSurname(head, null), 1 + weighted(75, 25), tier);
        } else if (shape < 88) { // parent(s) of the head, the head's family
            Member head = add(ms, HEAD, sex(0.8), aged(30, 60), surname, tier);
            Member spouse = chance(0.85) ? spouse(ms, head, tier) : null;
            children(ms, head, CHILD, fatherSurname(head, spouse), 1 + weighted(75, 25), tier);
            int parents = weighted(50, 18, 32); // both, the father, the mother
            if (parents != 2) {
                add(ms, PARENT, Sex.MALE, offset(head.birthDate(), -35, -22), surname, tier);
            }
            if (parents != 1) {
                add(ms, PARENT, Sex.FEMALE, offset(head.birthDate(), -33, -20), DemoNames.surname(rnd), tier);
            }
        } else if (shape < 97) { // elderly head, adult child(ren) with spouse and grandchildren; 6+ when large
            boolean large = shape >= 94;
            Member head = add(ms, HEAD, sex(0.8), aged(58, 85), surname, tier);
            String family = fatherSurname(head, large || chance(0.7) ? spouse(ms, head, tier) : null);
            Member child = add(ms, CHILD, sex(0.5), offset(head.birthDate(), 22, 35), family, tier);
            if (large || chance(0.25)) { // the child's spouse
                add(ms, OTHER, opposite(child.sex()), offset(child.birthDate(), -3, 3), DemoNames.surname(rnd), tier);
            }
            children(ms, child, GRANDCHILD, child.sex() == Sex.MALE ? family : DemoNames.surname(rnd),
                    large ? 2 : 1 + weighted(70, 30), tier);
            if (large) {
                add(ms, CHILD, sex(0.5), offset(head.birthDate(), 22, 40), family, tier);
            }
        } else { // a sibling, a grandparent or an unrelated member
            Member head = add(ms, HEAD, sex(0.6), aged(25, 70), surname, tier);
            switch (rnd.nextInt(3)) {
                case 0 -> add(ms, SIBLING, sex(0.5), offset(head.birthDate(), -10, 10), surname, tier);
                case 1 -> add(ms, GRANDPARENT, sex(0.35), offset(head.birthDate(), -60, -45), surname, tier);
                default -> add(ms, OTHER, sex(0.5), aged(18, 80), DemoNames.surname(rnd), tier);
            }
        }
        return List.copyOf(ms);
    }

    private Member spouse(List<Member> ms, Member head, Tier tier) {
        Sex sex = opposite(head.sex());
        LocalDate birth = sex == Sex.FEMALE ? offset(head.birthDate(), -2, 5) : offset(head.birthDate(), -5, 2);
        return add(ms, SPOUSE, sex, birth, DemoNames.surname(rnd), tier);
    }

    private void children(List<Member> ms, Member parent, Relation relation, String surname, int n, Tier tier) {
        for (int i = 0; i < n; i++) {
            add(ms, relation, sex(0.5), offset(parent.birthDate(), 20, 40), surname, tier);
        }
    }

    /** The surname children take: the father's; a single mother's children keep hers or their father's. */
    private String fatherSurname(Member head, Member spouse) {
        String headSurname = head.name().substring(0, 1);
        if (head.sex() == Sex.MALE) {
            return headSurname;
        }
        return spouse != null ? spouse.name().substring(0, 1) : chance(0.4) ? headSurname : DemoNames.surname(rnd);
    }

    // --- one person -------------------------------------------------------------------------------------

    private Member add(List<Member> ms, Relation relation, Sex sex, LocalDate wanted, String surname, Tier tier) {
        LocalDate birth = freeBirthDate(wanted.toEpochDay(), sex);
        String idNumber = idNumber(birth, sex);
        String name = surname + DemoNames.givenName(rnd, sex, birth.getYear());
        int age = (int) ChronoUnit.YEARS.between(birth, today);
        DisabilityCategory category = null;
        Integer grade = null;
        if (chance(age < 18 ? 0.02 : age < 60 ? 0.06 : 0.12)) {
            category = CATEGORIES[weighted(CATEGORY_WEIGHTS)];
            grade = 1 + weighted(15, 25, 30, 30);
        }
        double h = rnd.nextDouble();
        HealthStatus health = h < (age < 45 ? 0.015 : age < 65 ? 0.03 : 0.06) ? HealthStatus.SERIOUS_ILLNESS
                : h < (age < 45 ? 0.05 : age < 65 ? 0.21 : 0.5) ? HealthStatus.CHRONIC_ILLNESS : HealthStatus.HEALTHY;
        SelfCare selfCare = selfCare(age, grade);
        WorkAbility work = workAbility(age, grade, health, selfCare);
        StudentStatus student = age < 3 ? StudentStatus.NONE : age < 6 ? StudentStatus.PRESCHOOL
                : age < 15 ? StudentStatus.COMPULSORY
                : age < 18 ? new StudentStatus[] {StudentStatus.HIGH_SCHOOL, StudentStatus.VOCATIONAL,
                    StudentStatus.NONE}[weighted(70, 25, 5)]
                : age < 23 ? new StudentStatus[] {StudentStatus.HIGHER, StudentStatus.VOCATIONAL,
                    StudentStatus.NONE}[weighted(55, 10, 35)]
                : StudentStatus.NONE;
        EmploymentStatus employment = employment(age, sex, work, student, tier);
        List<IdentityTag> tags = new ArrayList<>();
        boolean poor = tier == Tier.NO_INCOME || tier == Tier.POOR;
        if (age < 18 && chance(grade != null ? 0.3 : poor ? 0.1 : 0.01)) {
            tags.add(tag(IdentityTags.CHILD_IN_DIFFICULTY, DemoNames.pick(rnd, CHILD_SOURCES), birth));
        }
        if (age >= 16 && age < 60 && grade != null && grade <= 2 && employment != EmploymentStatus.EMPLOYED
                && chance(0.6)) {
            tags.add(tag(IdentityTags.SEVERELY_DISABLED_UNEMPLOYED, "区残联", birth));
        }
        if (chance(0.02)) {
            int i = rnd.nextInt(REFERRALS.length);
            tags.add(tag(REFERRALS[i], REFERRAL_SOURCES[i], birth));
        }
        if (poor && chance(0.03)) {
            tags.add(tag(IdentityTags.FOUND_ON_VISIT, "街道排查", birth));
        }
        Member m = new Member(null, idNumber, false, name, relation, sex, birth, !chance(0.03), category, grade,
                health, work, employment, student, selfCare, List.copyOf(tags), null, null);
        ms.add(m);
        return m;
    }

    private SelfCare selfCare(int age, Integer grade) {
        if (grade != null && grade == 1) {
            return chance(0.5) ? SelfCare.NONE : SelfCare.PARTIAL;
        }
        if (grade != null && grade == 2 && chance(0.4)) {
            return SelfCare.PARTIAL;
        }
        if (age < 16) {
            return null;
        }
        double none = age >= 85 ? 0.12 : age >= 75 ? 0.05 : age >= 60 ? 0.01 : 0;
        double partial = age >= 85 ? 0.30 : age >= 75 ? 0.15 : age >= 60 ? 0.05 : 0;
        double r = rnd.nextDouble();
        return r < none ? SelfCare.NONE : r < none + partial ? SelfCare.PARTIAL : SelfCare.FULL;
    }

    private WorkAbility workAbility(int age, Integer grade, HealthStatus health, SelfCare selfCare) {
        if (age < 16 || age >= 80 || (grade != null && grade <= 2) || (selfCare != null && selfCare != SelfCare.FULL)) {
            return WorkAbility.NONE;
        }
        if (health == HealthStatus.SERIOUS_ILLNESS) {
            return chance(0.6) ? WorkAbility.NONE : WorkAbility.PARTIAL;
        }
        boolean partial = grade != null || (health == HealthStatus.CHRONIC_ILLNESS && chance(0.25))
                || (age >= 65 && chance(0.6)) || (age >= 60 && chance(0.3));
        return partial ? WorkAbility.PARTIAL : WorkAbility.FULL;
    }

    private EmploymentStatus employment(int age, Sex sex, WorkAbility work, StudentStatus student, Tier tier) {
        if (age < 16 || student != StudentStatus.NONE) {
            return EmploymentStatus.NOT_IN_LABOUR_FORCE;
        }
        if (age >= (sex == Sex.MALE ? 60 : 55)) {
            return tier != Tier.NO_INCOME && chance(tier == Tier.POOR ? 0.75 : 0.95)
                    ? EmploymentStatus.RETIRED : EmploymentStatus.NOT_IN_LABOUR_FORCE;
        }
        if (tier == Tier.NO_INCOME || work == WorkAbility.NONE) {
            return chance(0.6) ? EmploymentStatus.UNEMPLOYED : EmploymentStatus.NOT_IN_LABOUR_FORCE;
        }
        return WORKING_AGE[tier == Tier.POOR ? weighted(30, 20, 35, 15)
                : tier == Tier.NEAR ? weighted(55, 20, 15, 10) : weighted(78, 10, 6, 6)];
    }

    private IdentityTag tag(String code, String source, LocalDate birth) {
        LocalDate since = today.minusDays(rnd.nextInt(30, 1500));
        return new IdentityTag(code, source, since.isBefore(birth) ? birth : since);
    }

    // --- ID numbers and dates ---------------------------------------------------------------------------

    /** The day nearest to {@code wanted} that has a sequence code left for the sex. */
    private LocalDate freeBirthDate(long wanted, Sex sex) {
        for (long step = 0; wanted - step >= firstDay || wanted + step <= lastDay; step++) {
            for (long day : new long[] {wanted + step, wanted - step}) {
                if (day >= firstDay && day <= lastDay && issued[slot(day, sex)] < CODES_PER_DAY_AND_SEX) {
                    return LocalDate.ofEpochDay(day);
                }
            }
        }
        throw new IllegalStateException("every ID number has been issued");
    }

    private String idNumber(LocalDate birth, Sex sex) {
        long day = birth.toEpochDay();
        int k = issued[slot(day, sex)]++;
        // 263 is prime to 500, so k -> (263 k + day) mod 500 runs through all 500 codes of the day.
        int seq = 2 * (int) Math.floorMod(263L * k + day, (long) CODES_PER_DAY_AND_SEX) + (sex == Sex.MALE ? 1 : 0);
        String first17 = "310105" + birth.format(YYYYMMDD) + (seq < 10 ? "00" : seq < 100 ? "0" : "") + seq;
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private int slot(long day, Sex sex) {
        return (int) (day - firstDay) * 2 + (sex == Sex.MALE ? 1 : 0);
    }

    /** A birth date making the person {@code minAge} to {@code maxAge} years old today. */
    private LocalDate aged(int minAge, int maxAge) {
        return between(today.minusYears(maxAge + 1L).plusDays(1), today.minusYears(minAge));
    }

    /** A birth date {@code minYears} to {@code maxYears} years after {@code anchor} (negative: before). */
    private LocalDate offset(LocalDate anchor, int minYears, int maxYears) {
        return between(anchor.plusYears(minYears), anchor.plusYears(maxYears));
    }

    /** A random day in the range, clipped to the possible birth dates. */
    private LocalDate between(LocalDate from, LocalDate to) {
        long a = Math.max(from.toEpochDay(), firstDay);
        long b = Math.min(to.toEpochDay(), lastDay);
        return LocalDate.ofEpochDay(a > b ? Math.min(a, lastDay) : rnd.nextLong(a, b + 1));
    }

    // --- chance -----------------------------------------------------------------------------------------

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    private Sex sex(double maleShare) {
        return chance(maleShare) ? Sex.MALE : Sex.FEMALE;
    }

    private static Sex opposite(Sex sex) {
        return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    }

    /** A random index, with probability proportional to its weight. */
    private int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = rnd.nextInt(total);
        int i = 0;
        while (r >= weights[i]) {
            r -= weights[i++];
        }
        return i;
    }
}
