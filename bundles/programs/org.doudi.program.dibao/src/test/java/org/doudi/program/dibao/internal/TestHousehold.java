package org.doudi.program.dibao.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.AssetType;
import org.doudi.api.registry.DisabilityCategory;
import org.doudi.api.registry.HealthStatus;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.IncomeType;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;

/** Builds households for the tests with their figures already derived, as the registry hands them over. */
final class TestHousehold {

    private final LocalDate asOf;
    private final List<Person> people = new ArrayList<>();
    private final List<IncomeItem> incomes = new ArrayList<>();
    private final List<Asset> assets = new ArrayList<>();
    private BigDecimal perCapitaIncome = BigDecimal.ZERO.setScale(2);
    private BigDecimal perCapitaMonetary = BigDecimal.ZERO.setScale(2);

    private static final class Person {
        String id;
        LocalDate birth;
        Boolean hukouLocal = Boolean.TRUE;
        DisabilityCategory category;
        Integer grade;
        HealthStatus health;
        List<IdentityTag> tags = new ArrayList<>();
        LocalDate endedOn;
    }

    private TestHousehold(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** A household whose figures are derived as of {@code asOf}; ages are counted on that day. */
    static TestHousehold asOf(LocalDate asOf) {
        return new TestHousehold(asOf);
    }

    /** Adds a member aged {@code age} on the household's date (birthday half a year earlier). */
    TestHousehold person(String id, int age) {
        Person p = new Person();
        p.id = id;
        p.birth = asOf.minusYears(age).minusMonths(6);
        people.add(p);
        return this;
    }

    /** Adds a member whose birthday is {@code birth}. */
    TestHousehold born(String id, LocalDate birth) {
        person(id, 0);
        last().birth = birth;
        return this;
    }

    TestHousehold nonLocal() {
        last().hukouLocal = Boolean.FALSE;
        return this;
    }

    TestHousehold hukouUnknown() {
        last().hukouLocal = null;
        return this;
    }

    TestHousehold disabled(DisabilityCategory category, int grade) {
        last().category = category;
        last().grade = grade;
        return this;
    }

    TestHousehold health(HealthStatus status) {
        last().health = status;
        return this;
    }

    TestHousehold tag(String tag, LocalDate since) {
        last().tags.add(new IdentityTag(tag, "test", since));
        return this;
    }

    TestHousehold endedOn(LocalDate date) {
        last().endedOn = date;
        return this;
    }

    /** An income item of the last member added. */
    TestHousehold income(IncomeType type, String monthly, LocalDate from) {
        incomes.add(new IncomeItem(last().id, null, type, new BigDecimal(monthly), from, null, "test", asOf));
        return this;
    }

    /** An asset of the last member added. */
    TestHousehold asset(AssetType type, String value, String floorArea) {
        assets.add(new Asset(last().id, null, type, new BigDecimal(value),
                floorArea == null ? null : new BigDecimal(floorArea), "test", asOf));
        return this;
    }

    /** The derived per-capita monthly income. */
    TestHousehold perCapitaIncome(String amount) {
        perCapitaIncome = new BigDecimal(amount);
        return this;
    }

    /** The derived per-capita monetary assets. */
    TestHousehold perCapitaMonetary(String amount) {
        perCapitaMonetary = new BigDecimal(amount);
        return this;
    }

    Household build() {
        List<Member> members = new ArrayList<>();
        for (Person p : people) {
            members.add(new Member(p.id, null, Boolean.TRUE, "member " + p.id, members.isEmpty() ? Relation.HEAD
                    : Relation.OTHER, null, p.birth, p.hukouLocal, p.category, p.grade, p.health, null, null, null,
                    null, List.copyOf(p.tags), p.endedOn, null));
        }
        int active = (int) members.stream().filter(m -> m.activeOn(asOf)).count();
        return new Household("h-test", "tianshanlu", "天山路街道", null, null, "addr", "addr", members,
                List.copyOf(incomes), List.copyOf(assets), List.of(), active, perCapitaIncome, perCapitaMonetary,
                perCapitaMonetary, BigDecimal.ZERO.setScale(2), false, false, false, asOf, 1L, null, null, null);
    }

    private Person last() {
        return people.get(people.size() - 1);
    }
}
