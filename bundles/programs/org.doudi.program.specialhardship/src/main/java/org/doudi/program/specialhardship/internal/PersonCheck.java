package org.doudi.program.specialhardship.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doudi.api.program.Amounts;
import org.doudi.api.program.MemberFacts;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.IdentityTags;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.WorkAbility;

/**
 * One member tested against special hardship (特困人员) as of a date: the category (elderly, severely disabled
 * or minor) and the three "withouts" (三无): no work ability, no income source, and no one legally bound and
 * able to support them.
 */
final class PersonCheck {

    /** The figures the conditions are measured against, as in force on the date. */
    record Thresholds(int elderlyAge, int minorAge, int supporterMaxAge, BigDecimal dibaoStandard) {
    }

    /** One condition: {@code category}, {@code no-work-ability}, {@code no-income-source}, {@code no-able-supporter}. */
    record Condition(String id, boolean met, String detail) {
    }

    private final Member member;
    private final int age;
    private final BigDecimal ownIncome;
    private final BigDecimal dibaoStandard;
    private final List<Condition> conditions;

    private PersonCheck(Member member, int age, BigDecimal ownIncome, BigDecimal dibaoStandard,
            List<Condition> conditions) {
        this.member = member;
        this.age = age;
        this.ownIncome = ownIncome;
        this.dibaoStandard = dibaoStandard;
        this.conditions = List.copyOf(conditions);
    }

    /** Tests {@code member} among the household's {@code active} members. */
    static PersonCheck of(Member member, List<Member> active, List<IncomeItem> incomes, LocalDate asOf, Thresholds t) {
        int age = MemberFacts.age(member, asOf);
        boolean elderly = age >= t.elderlyAge();
        boolean minor = age >= 0 && age < t.minorAge();
        BigDecimal income = ownIncome(member, incomes, asOf);
        return new PersonCheck(member, age, income, t.dibaoStandard(), List.of(
                category(member, elderly, minor, t),
                noWorkAbility(member, elderly, minor),
                noIncomeSource(income, t.dibaoStandard()),
                noAbleSupporter(member, active, asOf, t)));
    }

    private static Condition category(Member m, boolean elderly, boolean minor, Thresholds t) {
        List<String> kinds = new ArrayList<>();
        if (elderly) {
            kinds.add("elderly (age ≥ " + t.elderlyAge() + ")");
        }
        if (MemberFacts.severelyDisabled(m)) {
            kinds.add("severely disabled (grade " + m.disabilityGrade() + ")");
        }
        if (minor) {
            kinds.add("minor (age < " + t.minorAge() + ")");
        }
        return new Condition("category", !kinds.isEmpty(),
                kinds.isEmpty() ? "not elderly, severely disabled or a minor" : String.join(", ", kinds));
    }

    /** Minors and the elderly count as without work ability whatever the assessment says. */
    private static Condition noWorkAbility(Member m, boolean elderly, boolean minor) {
        if (m.workAbility() == WorkAbility.NONE) {
            return new Condition("no-work-ability", true, "no work ability");
        }
        if (elderly || minor) {
            return new Condition("no-work-ability", true, "no work ability (" + (elderly ? "elderly" : "minor") + ")");
        }
        return new Condition("no-work-ability", false, m.workAbility() == null ? "work ability not assessed"
                : "has work ability (" + m.workAbility() + ")");
    }

    private static Condition noIncomeSource(BigDecimal income, BigDecimal standard) {
        boolean ok = income.compareTo(standard) < 0;
        return new Condition("no-income-source", ok, "own income " + Amounts.yuan(income)
                + (ok ? " < " : " is not below ") + "dibao standard " + Amounts.yuan(standard));
    }

    /** No other active member is an able supporter, and none outside is recorded (tag HAS_ABLE_SUPPORTER). */
    private static Condition noAbleSupporter(Member m, List<Member> active, LocalDate asOf, Thresholds t) {
        List<String> reasons = new ArrayList<>();
        List<String> inside = active.stream().filter(o -> o != m && ableSupporter(o, asOf, t))
                .map(o -> o.name() + " (age " + MemberFacts.age(o, asOf) + ", work ability " + o.workAbility() + ")")
                .collect(Collectors.toList());
        if (!inside.isEmpty()) {
            reasons.add("able supporter in the household: " + String.join(", ", inside));
        }
        outsideSupporter(m, asOf).ifPresent(tag -> reasons.add("able supporter outside the household ("
                + IdentityTags.HAS_ABLE_SUPPORTER + (tag.source() == null ? "" : ", recorded by " + tag.source())
                + (tag.since() == null ? "" : " since " + tag.since()) + ")"));
        return new Condition("no-able-supporter", reasons.isEmpty(),
                reasons.isEmpty() ? "no able supporter" : String.join("; ", reasons));
    }

    /** An adult below {@code supporterMaxAge}, able to work (fully or partly) and not severely disabled. */
    static boolean ableSupporter(Member m, LocalDate asOf, Thresholds t) {
        int age = MemberFacts.age(m, asOf);
        return age >= t.minorAge() && age < t.supporterMaxAge()
                && (m.workAbility() == WorkAbility.FULL || m.workAbility() == WorkAbility.PARTIAL)
                && !MemberFacts.severelyDisabled(m);
    }

    /** The member's own monthly income from the items in force on {@code asOf} (nothing exempt). */
    static BigDecimal ownIncome(Member m, List<IncomeItem> incomes, LocalDate asOf) {
        return incomes == null ? BigDecimal.ZERO.setScale(2) : incomes.stream()
                .filter(i -> m.personId() != null && m.personId().equals(i.personId()))
                .filter(i -> (i.from() == null || !i.from().isAfter(asOf)) && (i.to() == null || !i.to().isBefore(asOf)))
                .map(IncomeItem::monthlyAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The member's HAS_ABLE_SUPPORTER tag in force on {@code asOf} (as {@link MemberFacts#hasTag} reads tags). */
    private static Optional<IdentityTag> outsideSupporter(Member m, LocalDate asOf) {
        return m.tags() == null ? Optional.empty() : m.tags().stream()
                .filter(t -> t.tag().equals(IdentityTags.HAS_ABLE_SUPPORTER) && (t.since() == null || !t.since().isAfter(asOf)))
                .findFirst();
    }

    /** {@code 王芳 (age 82)}. */
    static String label(Member m, LocalDate asOf) {
        int age = MemberFacts.age(m, asOf);
        return (m.name() == null ? m.personId() : m.name()) + (age < 0 ? " (birth date unknown)" : " (age " + age + ")");
    }

    Member member() {
        return member;
    }

    String label(LocalDate asOf) {
        return label(member, asOf);
    }

    /** Elderly, severely disabled or a minor: the member is considered at all. */
    boolean candidate() {
        return conditions.get(0).met();
    }

    /** Meets the category and all three conditions. */
    boolean qualifies() {
        return conditions.stream().allMatch(Condition::met);
    }

    /** The conditions not met. */
    List<Condition> failed() {
        return conditions.stream().filter(c -> !c.met()).collect(Collectors.toList());
    }

    /** The outcome {@code person:<personId>}, naming each condition with its figures. */
    RuleOutcome outcome(LocalDate asOf) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("personId", member.personId());
        f.put("name", member.name());
        f.put("age", age);
        if (member.disabilityGrade() != null) {
            f.put("disabilityGrade", member.disabilityGrade());
        }
        if (member.workAbility() != null) {
            f.put("workAbility", member.workAbility().name());
        }
        f.put("ownIncome", ownIncome);
        f.put("dibaoStandard", dibaoStandard);
        Map<String, Object> met = new LinkedHashMap<>();
        conditions.forEach(c -> met.put(c.id(), c.met()));
        f.put("conditions", met);
        return RuleOutcome.of("person:" + member.personId(), qualifies(), label(asOf) + ": "
                + conditions.stream().map(Condition::detail).collect(Collectors.joining("; ")), f);
    }
}
