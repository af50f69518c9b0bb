package org.doudi.api.program;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.AssetType;
import org.doudi.api.registry.DisabilityCategory;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.junit.Test;

public class AssetLimitsTest {
    private static final LocalDate AS_OF = LocalDate.of(2022, 6, 1);
    private static final AssetLimits LIMITS = new AssetLimits(new BigDecimal("33000.00"), new BigDecimal("30000.00"),
            new BigDecimal("37.00"));

    private static Member member(String id, DisabilityCategory disability) {
        return new Member(id, null, true, "成员" + id, id.equals("p1") ? Relation.HEAD : Relation.SPOUSE, null, null,
                true, disability, disability == null ? null : 1, null, null, null, null, null, List.of(), null, null);
    }

    private static Household household(int members, String perCapitaMonetary, List<Asset> assets,
            DisabilityCategory headDisability) {
        List<Member> list = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            list.add(member("p" + i, i == 1 ? headDisability : null));
        }
        return new Household("H1", "tianshanlu", null, null, null, "a", "a", list, List.of(), assets, List.of(),
                members, BigDecimal.ZERO, new BigDecimal(perCapitaMonetary), new BigDecimal(perCapitaMonetary),
                BigDecimal.ZERO, false, false, false, AS_OF, 1L, null, null, null);
    }

    private static Asset asset(AssetType type, String floorArea) {
        return new Asset("p1", null, type, new BigDecimal("100000.00"), floorArea == null ? null : new BigDecimal(floorArea),
                "test", AS_OF);
    }

    private static RuleOutcome rule(List<RuleOutcome> outcomes, String id) {
        return outcomes.stream().filter(o -> o.rule().equals(id)).findFirst().orElseThrow();
    }

    @Test
    public void monetaryLimitDependsOnHouseholdSizeAndIsInclusive() {
        assertTrue(rule(LIMITS.test(household(1, "33000.00", List.of(), null), AS_OF), "monetary-assets").passed());
        RuleOutcome over = rule(LIMITS.test(household(1, "33000.01", List.of(), null), AS_OF), "monetary-assets");
        assertFalse(over.passed());
        assertEquals("per-capita monetary assets 33,000.01 > limit 33,000.00 (households of 1–2 people)", over.detail());
        assertTrue(rule(LIMITS.test(household(2, "32999.99", List.of(), null), AS_OF), "monetary-assets").passed());
        assertTrue(rule(LIMITS.test(household(3, "30000.00", List.of(), null), AS_OF), "monetary-assets").passed());
        assertFalse(rule(LIMITS.test(household(3, "30000.01", List.of(), null), AS_OF), "monetary-assets").passed());
    }

    @Test
    public void onlyAPhysicallyDisabledMembersMobilityVehicleIsAllowed() {
        List<Asset> car = List.of(asset(AssetType.VEHICLE, null));
        assertFalse(rule(LIMITS.test(household(2, "0", car, null), AS_OF), "vehicles").passed());
        assertTrue(rule(LIMITS.test(household(2, "0", car, DisabilityCategory.PHYSICAL), AS_OF), "vehicles").passed());
        assertFalse(rule(LIMITS.test(household(2, "0", car, DisabilityCategory.VISUAL), AS_OF), "vehicles").passed());
    }

    @Test
    public void twoHomesOnlyBelowTheCityAverageFloorArea() {
        assertTrue(rule(LIMITS.test(household(2, "0", List.of(asset(AssetType.REAL_ESTATE, "90")), null), AS_OF),
                "real-estate").passed());
        List<Asset> twoSmall = List.of(asset(AssetType.REAL_ESTATE, "40"), asset(AssetType.REAL_ESTATE, "33.98"));
        assertTrue(rule(LIMITS.test(household(2, "0", twoSmall, null), AS_OF), "real-estate").passed());
        List<Asset> twoAtAverage = List.of(asset(AssetType.REAL_ESTATE, "40"), asset(AssetType.REAL_ESTATE, "34"));
        assertFalse(rule(LIMITS.test(household(2, "0", twoAtAverage, null), AS_OF), "real-estate").passed());
        List<Asset> three = List.of(asset(AssetType.REAL_ESTATE, "10"), asset(AssetType.REAL_ESTATE, "10"),
                asset(AssetType.REAL_ESTATE, "10"));
        assertFalse(rule(LIMITS.test(household(3, "0", three, null), AS_OF), "real-estate").passed());
    }
}
