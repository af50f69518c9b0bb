package org.doudi.registry.internal.demo;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.EmploymentStatus;
import org.doudi.api.registry.Expenditure;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.IncomeType;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.registry.Sex;
import org.junit.Test;

public class DemoHouseholdGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final List<String> STREETS = List.of("huayanglu", "jiangsulu", "xinhualu", "zhoujiaqiao",
            "tianshanlu", "xianxiaxincun", "hongqiao", "chengjiaqiao", "beixinjing", "xinjing");
    private static final BigDecimal LINE = new BigDecimal("1330.00");

    private static List<Household> generate(long seed, List<String> streets, int n) {
        DemoHouseholdGenerator g = new DemoHouseholdGenerator(seed, streets, TODAY);
        List<Household> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(g.next());
        }
        return out;
    }

    private static long age(LocalDate birth, LocalDate on) {
        return ChronoUnit.YEARS.between(birth, on);
    }

    @Test
    public void sameSeedGivesSameHouseholdsAndOtherSeedsDiffer() {
        List<Household> a = generate(42, STREETS, 200);
        assertEquals(a, generate(42, STREETS, 200));
        assertNotEquals(a, generate(43, STREETS, 200));
    }

    @Test
    public void idNumbersAreValidAndMatchSexAndBirthDate() {
        for (Household h : generate(7, STREETS, 3_000)) {
            for (Member m : h.members()) {
                ResidentIdNumber.Result r = ResidentIdNumber.check(m.idNumber(), TODAY);
                assertTrue(r.toString(), r.valid());
                assertTrue(m.idNumber().startsWith("310105"));
                ResidentIdNumber id = ResidentIdNumber.parse(m.idNumber(), TODAY);
                assertEquals(id.birthDate(), m.birthDate());
                assertEquals(id.sex().name(), m.sex().name());
                assertFalse(m.birthDate().isBefore(LocalDate.of(1930, 1, 1)));
                assertFalse(m.birthDate().isAfter(TODAY.minusYears(1)));
                assertNull(m.personId());
                assertEquals(Boolean.FALSE, m.withoutIdNumber());
                assertNotNull(m.hukouLocal());
                assertNotNull(m.tags());
                assertTrue(m.name().length() >= 2);
                assertNull(m.endedOn());
                assertTrue((m.disabilityCategory() == null) == (m.disabilityGrade() == null));
                assertTrue(m.disabilityGrade() == null || (m.disabilityGrade() >= 1 && m.disabilityGrade() <= 4));
                m.tags().forEach(t -> assertTrue(t.tag() + " " + t.since(),
                        t.source() != null && !t.since().isBefore(m.birthDate()) && !t.since().isAfter(TODAY)));
            }
        }
    }

    @Test
    public void idNumbersAreUniqueOver200000Persons() {
        DemoHouseholdGenerator g = new DemoHouseholdGenerator(2024, STREETS, TODAY);
        Set<String> seen = new HashSet<>();
        while (seen.size() < 200_000) {
            for (Member m : g.next().members()) {
                assertTrue("duplicate ID number after " + seen.size() + " persons", seen.add(m.idNumber()));
            }
        }
    }

    @Test
    public void familiesHaveOneHeadAndPlausibleAges() {
        for (Household h : generate(11, STREETS, 3_000)) {
            List<Member> heads = h.members().stream().filter(m -> m.relation() == Relation.HEAD).toList();
            assertEquals(1, heads.size());
            LocalDate headBirth = heads.get(0).birthDate();
            long headAge = age(headBirth, TODAY);
            assertTrue("head aged " + headAge, headAge >= 25 && headAge <= 90);
            for (Member m : h.members()) {
                long age = age(m.birthDate(), TODAY);
                if (m.relation() == Relation.CHILD) {
                    long gap = age(headBirth, m.birthDate());
                    assertTrue("child " + gap + " years younger", gap >= 19 && gap <= 40);
                }
                if (m.relation() == Relation.PARENT) {
                    long gap = age(m.birthDate(), headBirth);
                    assertTrue("parent " + gap + " years older", gap >= 19 && gap <= 35);
                }
                if (m.relation() == Relation.GRANDCHILD) {
                    assertTrue(age(headBirth, m.birthDate()) >= 40);
                }
                if (age < 16) {
                    assertEquals(EmploymentStatus.NOT_IN_LABOUR_FORCE, m.employmentStatus());
                }
            }
        }
    }

    @Test
    public void streetsComeFromTheListAndAddressesAreInChangning() {
        List<String> streets = List.of("tianshanlu", "xinjing", "somewhere-new");
        Set<String> used = new HashSet<>();
        for (Household h : generate(5, streets, 500)) {
            assertTrue(h.street(), streets.contains(h.street()));
            used.add(h.street());
            assertTrue(h.hukouAddress(), h.hukouAddress().startsWith("长宁区") && h.hukouAddress().endsWith(" 室"));
            assertTrue(h.residenceAddress().startsWith("长宁区"));
        }
        assertEquals(new HashSet<>(streets), used);
    }

    @Test
    public void amountsHaveTwoDecimalsAndNameAMember() {
        for (Household h : generate(3, STREETS, 3_000)) {
            Set<String> ids = h.members().stream().map(Member::idNumber).collect(Collectors.toSet());
            Set<String> working = h.members().stream()
                    .filter(m -> m.employmentStatus() == EmploymentStatus.EMPLOYED
                            || m.employmentStatus() == EmploymentStatus.FLEXIBLE)
                    .map(Member::idNumber).collect(Collectors.toSet());
            for (IncomeItem i : h.incomes()) {
                assertTrue(ids.contains(i.idNumber()));
                assertNull(i.personId());
                assertMoney(i.monthlyAmount());
                assertNull(i.from());
                assertNull(i.to());
                assertNotNull(i.source());
                assertRecent(i.asOf());
                if (i.type() == IncomeType.WAGE) {
                    assertTrue(working.contains(i.idNumber()));
                }
            }
            for (Asset a : h.assets()) {
                assertTrue(ids.contains(a.idNumber()));
                assertMoney(a.value());
                if (a.floorArea() != null) {
                    assertMoney(a.floorArea());
                }
                assertRecent(a.asOf());
            }
            for (Expenditure e : h.expenditures()) {
                assertTrue(ids.contains(e.idNumber()));
                assertMoney(e.amount());
                assertFalse(e.to().isBefore(e.from()));
                assertTrue(e.to().isBefore(TODAY));
                assertFalse(e.from().isBefore(TODAY.minusMonths(12)));
            }
        }
    }

    @Test
    public void incomesSpreadAcrossThePovertyLine() {
        int below = 0;
        int near = 0;
        int separated = 0;
        int nonLocal = 0;
        int persons = 0;
        int complex = 0;
        int households = 5_000;
        for (Household h : generate(99, STREETS, households)) {
            BigDecimal n = BigDecimal.valueOf(h.members().size());
            BigDecimal sum = h.incomes().stream().map(IncomeItem::monthlyAmount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(LINE.multiply(n)) < 0) {
                below++;
            } else if (sum.compareTo(LINE.add(LINE).multiply(n)) < 0) {
                near++;
            }
            separated += h.hukouAddress().equals(h.residenceAddress()) ? 0 : 1;
            nonLocal += (int) h.members().stream().filter(m -> !m.hukouLocal()).count();
            persons += h.members().size();
            complex += h.members().size() >= 6 || h.members().stream().anyMatch(m -> m.relation() == Relation.OTHER)
                    ? 1 : 0;
        }
        double belowShare = below / (double) households;
        assertTrue("below the line: " + belowShare, belowShare >= 0.10 && belowShare <= 0.45);
        assertTrue("near the line: " + near / (double) households, near >= households / 10);
        assertTrue("separated: " + separated, separated > households * 0.04 && separated < households * 0.12);
        assertTrue("non-local: " + nonLocal, nonLocal > persons * 0.01 && nonLocal < persons * 0.06);
        assertTrue("complex: " + complex, complex > households * 0.02 && complex < households * 0.15);
    }

    private static void assertMoney(BigDecimal amount) {
        assertNotNull(amount);
        assertEquals(2, amount.scale());
        assertTrue(amount.toPlainString(), amount.signum() >= 0);
    }

    private static void assertRecent(LocalDate asOf) {
        assertTrue(asOf.isBefore(TODAY) && asOf.isAfter(TODAY.minusDays(61)));
    }

    @Test
    public void sexIsEncodedInTheSeventeenthDigit() {
        for (Household h : generate(1, STREETS, 200)) {
            for (Member m : h.members()) {
                int digit = m.idNumber().charAt(16) - '0';
                assertEquals(m.sex() == Sex.MALE, digit % 2 == 1);
            }
        }
    }
}
