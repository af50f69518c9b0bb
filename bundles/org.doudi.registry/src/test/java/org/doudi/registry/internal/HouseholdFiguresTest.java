package org.doudi.registry.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.AssetType;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Expenditure;
import org.doudi.api.registry.ExpenditureType;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.IncomeType;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.junit.Test;

public class HouseholdFiguresTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

    @Test
    public void g1SteadyWagesOverTheYearGive800PerPerson() {
        Household h = household(List.of(member("a", Relation.HEAD), member("b", Relation.SPOUSE),
                member("c", Relation.CHILD)), List.of(income("a", IncomeType.WAGE, "1500.00", null, null),
                income("b", IncomeType.WAGE, "900.00", null, null)));
        Household f = HouseholdFigures.withFigures(h, AS_OF, FiguresPolicy.DEFAULT);
        assertEquals(new BigDecimal("800.00"), f.perCapitaMonthlyIncome());
        assertEquals(Integer.valueOf(3), f.memberCount());
        assertEquals(AS_OF, f.figuresAsOf());
    }

    @Test
    public void incomeCountsOnlyInTheMonthsItWasReceivedOfTheTwelveBefore() {
        // window for 2024-10-01: 2023-10 .. 2024-09. A job from 2024-07: 3 of 12 months of 4,000 = 1,000 a month
        Household h = household(List.of(member("a", Relation.HEAD)),
                List.of(income("a", IncomeType.WAGE, "4000.00", LocalDate.of(2024, 7, 15), null)));
        assertEquals(new BigDecimal("1000.00"), figures(h, FiguresPolicy.DEFAULT).perCapitaMonthlyIncome());

        // a pension that stopped in 2024-01: 2023-10 .. 2024-01 = 4 months of 1,200 = 400 a month
        Household ended = household(List.of(member("a", Relation.HEAD)),
                List.of(income("a", IncomeType.PENSION, "1200.00", null, LocalDate.of(2024, 1, 31))));
        assertEquals(new BigDecimal("400.00"), figures(ended, FiguresPolicy.DEFAULT).perCapitaMonthlyIncome());

        // income that starts in the month of asOf or later does not count yet
        Household future = household(List.of(member("a", Relation.HEAD)),
                List.of(income("a", IncomeType.WAGE, "5000.00", LocalDate.of(2024, 10, 1), null)));
        assertEquals(new BigDecimal("0.00"), figures(future, FiguresPolicy.DEFAULT).perCapitaMonthlyIncome());
        // and income that ended before the window neither
        Household old = household(List.of(member("a", Relation.HEAD)),
                List.of(income("a", IncomeType.WAGE, "5000.00", null, LocalDate.of(2023, 9, 30))));
        assertEquals(new BigDecimal("0.00"), figures(old, FiguresPolicy.DEFAULT).perCapitaMonthlyIncome());
    }

    @Test
    public void exemptIncomeTypesAreLeftOut() {
        Household h = household(List.of(member("a", Relation.HEAD), member("b", Relation.CHILD)),
                List.of(income("a", IncomeType.WAGE, "2000.00", null, null),
                        income("b", IncomeType.TRANSFER, "600.00", null, null)));
        assertEquals(new BigDecimal("1300.00"), figures(h, FiguresPolicy.DEFAULT).perCapitaMonthlyIncome());
        FiguresPolicy exempt = new FiguresPolicy(12, Set.of(IncomeType.TRANSFER), 6, Set.of(Relation.OTHER));
        assertEquals(new BigDecimal("1000.00"), figures(h, exempt).perCapitaMonthlyIncome());
    }

    @Test
    public void averagingWindowIsConfigurable() {
        Household h = household(List.of(member("a", Relation.HEAD)),
                List.of(income("a", IncomeType.WAGE, "3000.00", LocalDate.of(2024, 7, 1), null)));
        FiguresPolicy six = new FiguresPolicy(6, Set.of(), 6, Set.of(Relation.OTHER));
        assertEquals(new BigDecimal("1500.00"), figures(h, six).perCapitaMonthlyIncome());
    }

    @Test
    public void perCapitaIsNotRoundedToTheFenSoRulesCompareExactly() {
        Household h = household(List.of(member("a", Relation.HEAD), member("b", Relation.SPOUSE),
                member("c", Relation.CHILD)), List.of(income("a", IncomeType.WAGE, "1000.00", null, null)));
        assertEquals(new BigDecimal("333.3333333333"), figures(h, FiguresPolicy.DEFAULT).perCapitaMonthlyIncome());
        Household justBelow = household(List.of(member("a", Relation.HEAD), member("b", Relation.SPOUSE),
                member("c", Relation.CHILD)), List.of(income("a", IncomeType.WAGE, "3989.99", null, null)));
        assertEquals("1,329.9966666667 stays below a standard of 1,330.00", -1,
                figures(justBelow, FiguresPolicy.DEFAULT).perCapitaMonthlyIncome().compareTo(new BigDecimal("1330.00")));
        Household two = household(List.of(member("a", Relation.HEAD), member("b", Relation.SPOUSE),
                member("c", Relation.CHILD)), List.of(income("a", IncomeType.WAGE, "2000.00", null, null)));
        assertEquals(new BigDecimal("666.6666666667"), figures(two, FiguresPolicy.DEFAULT).perCapitaMonthlyIncome());
    }

    @Test
    public void endedMembersAndTheirFactsDoNotCount() {
        List<Member> members = new ArrayList<>(List.of(member("a", Relation.HEAD)));
        members.add(new Member("b", null, true, "b", Relation.SPOUSE, null, null, true, null, null, null, null, null,
                null, null, List.of(), LocalDate.of(2024, 3, 1), EndReason.DECEASED));
        Household h = new Household(null, "tianshanlu", null, null, null, "x", "x", members,
                List.of(income("a", IncomeType.WAGE, "1000.00", null, null), income("b", IncomeType.PENSION, "3000.00", null, null)),
                List.of(new Asset("a", null, AssetType.DEPOSIT, new BigDecimal("30000.00"), null, "bank", AS_OF),
                        new Asset("b", null, AssetType.DEPOSIT, new BigDecimal("90000.00"), null, "bank", AS_OF)),
                List.of(), null, null, null, null, null, null, null, null, null, null, null, null, null);
        Household f = figures(h, FiguresPolicy.DEFAULT);
        assertEquals(Integer.valueOf(1), f.memberCount());
        assertEquals(new BigDecimal("1000.00"), f.perCapitaMonthlyIncome());
        assertEquals(new BigDecimal("30000.00"), f.perCapitaAssets());
    }

    @Test
    public void assetsSplitIntoMonetaryAndOther() {
        Household h = new Household(null, "tianshanlu", null, null, null, "x", "x",
                List.of(member("a", Relation.HEAD), member("b", Relation.SPOUSE)), List.of(),
                List.of(new Asset("a", null, AssetType.DEPOSIT, new BigDecimal("33000.00"), null, "bank", AS_OF),
                        new Asset("b", null, AssetType.SECURITIES, new BigDecimal("1000.01"), null, "broker", AS_OF),
                        new Asset("a", null, AssetType.REAL_ESTATE, new BigDecimal("800000.00"),
                                new BigDecimal("45.50"), "housing", AS_OF)),
                List.of(), null, null, null, null, null, null, null, null, null, null, null, null, null);
        Household f = figures(h, FiguresPolicy.DEFAULT);
        assertEquals("unrounded: 34,000.01 over 2 people", new BigDecimal("17000.005"), f.perCapitaMonetaryAssets());
        assertEquals(new BigDecimal("417000.005"), f.perCapitaAssets());
    }

    @Test
    public void rigidExpenditureOfTheLastTwelveMonths() {
        Household h = new Household(null, "tianshanlu", null, null, null, "x", "x", List.of(member("a", Relation.HEAD)),
                List.of(), List.of(), List.of(
                        new Expenditure("a", null, ExpenditureType.MEDICAL, new BigDecimal("5000.00"),
                                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), "hospital"),
                        new Expenditure("a", null, ExpenditureType.EDUCATION, new BigDecimal("1200.00"),
                                LocalDate.of(2023, 9, 1), LocalDate.of(2023, 10, 1), "school"),
                        new Expenditure("a", null, ExpenditureType.MEDICAL, new BigDecimal("999.00"),
                                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 9, 30), "hospital")),
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(new BigDecimal("6200.00"), figures(h, FiguresPolicy.DEFAULT).rigidExpenditureLast12Months());
    }

    @Test
    public void flagsFollowTheConfiguredRules() {
        Household plain = household(List.of(member("a", Relation.HEAD), member("b", Relation.SPOUSE)), List.of());
        Household pf = figures(plain, FiguresPolicy.DEFAULT);
        assertFalse(pf.peopleHouseholdSeparation());
        assertFalse(pf.nonLocalMembers());
        assertFalse(pf.complexComposition());

        Household separated = new Household(null, "tianshanlu", null, null, null, "长宁区天山路 1 号",
                "长宁区仙霞路 9 号", plain.members(), List.of(), List.of(), List.of(), null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        assertTrue(figures(separated, FiguresPolicy.DEFAULT).peopleHouseholdSeparation());
        Household sameWithSpaces = new Household(null, "tianshanlu", null, null, null, "长宁区天山路 1 号",
                "长宁区天山路1号", plain.members(), List.of(), List.of(), List.of(), null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        assertFalse(figures(sameWithSpaces, FiguresPolicy.DEFAULT).peopleHouseholdSeparation());

        List<Member> withOther = new ArrayList<>(plain.members());
        withOther.add(member("c", Relation.OTHER));
        assertTrue(figures(household(withOther, List.of()), FiguresPolicy.DEFAULT).complexComposition());

        List<Member> six = new ArrayList<>();
        six.add(member("h", Relation.HEAD));
        for (int i = 0; i < 5; i++) {
            six.add(member("c" + i, Relation.CHILD));
        }
        assertTrue(figures(household(six, List.of()), FiguresPolicy.DEFAULT).complexComposition());
        assertFalse(figures(household(six.subList(0, 5), List.of()), FiguresPolicy.DEFAULT).complexComposition());

        List<Member> nonLocal = new ArrayList<>(plain.members());
        nonLocal.add(new Member("n", null, true, "n", Relation.CHILD, null, null, false, null, null, null, null, null,
                null, null, List.of(), null, null));
        assertTrue(figures(household(nonLocal, List.of()), FiguresPolicy.DEFAULT).nonLocalMembers());
    }

    private static Household figures(Household h, FiguresPolicy p) {
        return HouseholdFigures.withFigures(h, AS_OF, p);
    }

    private static Household household(List<Member> members, List<IncomeItem> incomes) {
        return new Household(null, "tianshanlu", null, null, null, "长宁区天山路 1 号", "长宁区天山路 1 号", members,
                incomes, List.of(), List.of(), null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Member member(String id, Relation relation) {
        return new Member(id, null, true, id, relation, null, null, true, null, null, null, null, null, null, null,
                List.of(), null, null);
    }

    private static IncomeItem income(String person, IncomeType type, String amount, LocalDate from, LocalDate to) {
        return new IncomeItem(person, null, type, new BigDecimal(amount), from, to, "test", AS_OF);
    }
}
