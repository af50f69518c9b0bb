package org.doudi.api.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.AssetType;
import org.doudi.api.registry.DisabilityCategory;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;

/**
 * The asset test shared by dibao, dibao-edge and rigid-expenditure (SPEC §12, older Shanghai standard):
 * per-capita monetary assets within a limit that depends on the household's size; no private vehicle except a
 * physically disabled member's mobility vehicle; at most one home, or two when the per-capita floor area is
 * below the city average.
 *
 * @param monetarySmallHousehold per-capita monetary assets limit for households of 1–2 people (yuan)
 * @param monetaryLargeHousehold per-capita monetary assets limit for households of 3 or more (yuan)
 * @param cityFloorAreaPerCapita the city's average per-capita housing floor area (m²)
 */
public record AssetLimits(BigDecimal monetarySmallHousehold, BigDecimal monetaryLargeHousehold,
        BigDecimal cityFloorAreaPerCapita) {

    /** The three rules' outcomes for {@code household} (figures derived as of {@code asOf}). */
    public List<RuleOutcome> test(Household household, LocalDate asOf) {
        List<Member> active = MemberFacts.active(household, asOf);
        Set<String> ids = active.stream().map(Member::personId).collect(Collectors.toSet());
        List<Asset> assets = household.assets() == null ? List.of()
                : household.assets().stream().filter(a -> ids.contains(a.personId())).collect(Collectors.toList());
        List<RuleOutcome> out = new ArrayList<>();
        out.add(monetary(household, active.size()));
        out.add(vehicles(assets, active));
        out.add(homes(assets, active.size()));
        return out;
    }

    private RuleOutcome monetary(Household household, int size) {
        boolean small = size <= 2;
        BigDecimal limit = small ? monetarySmallHousehold : monetaryLargeHousehold;
        BigDecimal perCapita = household.perCapitaMonetaryAssets();
        boolean ok = perCapita.compareTo(limit) <= 0;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("perCapitaMonetaryAssets", perCapita);
        f.put("limit", limit);
        f.put("members", size);
        return RuleOutcome.of("monetary-assets", ok, "per-capita monetary assets " + Amounts.yuan(perCapita)
                + (ok ? " ≤ " : " > ") + "limit " + Amounts.yuan(limit) + " (households of "
                + (small ? "1–2 people)" : "3 or more)"), f);
    }

    private static RuleOutcome vehicles(List<Asset> assets, List<Member> active) {
        Set<String> physicallyDisabled = active.stream()
                .filter(m -> m.disabilityCategory() == DisabilityCategory.PHYSICAL
                        || m.disabilityCategory() == DisabilityCategory.MULTIPLE)
                .map(Member::personId).collect(Collectors.toSet());
        long vehicles = assets.stream().filter(a -> a.type() == AssetType.VEHICLE).count();
        long exempt = assets.stream().filter(a -> a.type() == AssetType.VEHICLE && physicallyDisabled.contains(a.personId()))
                .count();
        boolean ok = vehicles - exempt == 0;
        return RuleOutcome.of("vehicles", ok, ok
                ? (vehicles == 0 ? "no private vehicle" : exempt + " mobility vehicle(s) of a physically disabled member (exempt)")
                : (vehicles - exempt) + " private vehicle(s); only a physically disabled member's mobility vehicle is allowed",
                Map.of("vehicles", vehicles, "exempt", exempt));
    }

    private RuleOutcome homes(List<Asset> assets, int size) {
        List<Asset> homes = assets.stream().filter(a -> a.type() == AssetType.REAL_ESTATE).collect(Collectors.toList());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("homes", homes.size());
        if (homes.size() <= 1) {
            return RuleOutcome.pass("real-estate", homes.size() + " home(s), at most 1 allowed", f);
        }
        BigDecimal area = homes.stream().map(a -> a.floorArea() == null ? BigDecimal.ZERO : a.floorArea())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal perCapita = size == 0 ? area : area.divide(BigDecimal.valueOf(size), 2, RoundingMode.HALF_UP);
        f.put("perCapitaFloorArea", perCapita);
        f.put("cityFloorAreaPerCapita", cityFloorAreaPerCapita);
        if (homes.size() > 2) {
            return RuleOutcome.fail("real-estate", homes.size() + " homes; at most 2 are allowed", f);
        }
        boolean ok = perCapita.compareTo(cityFloorAreaPerCapita) < 0;
        return RuleOutcome.of("real-estate", ok, "2 homes with per-capita floor area " + perCapita.toPlainString()
                + " m²" + (ok ? " < " : " ≥ ") + "city average " + cityFloorAreaPerCapita.toPlainString() + " m²", f);
    }
}
