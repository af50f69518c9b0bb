package org.doudi.program.dibaoedge.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.AssetType;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;

/** Builds households for the tests with their figures already derived, as the registry hands them over. */
final class TestHousehold {

    private final LocalDate asOf;
    private final List<Member> members = new ArrayList<>();
    private final List<Asset> assets = new ArrayList<>();
    private BigDecimal perCapitaIncome = BigDecimal.ZERO.setScale(2);
    private BigDecimal perCapitaMonetary = BigDecimal.ZERO.setScale(2);

    private TestHousehold(LocalDate asOf) {
        this.asOf = asOf;
    }

    static TestHousehold asOf(LocalDate asOf) {
        return new TestHousehold(asOf);
    }

    /** {@code n} adult members with Shanghai hukou. */
    static TestHousehold of(int n, LocalDate asOf) {
        TestHousehold b = new TestHousehold(asOf);
        for (int i = 1; i <= n; i++) {
            b.person("p" + i, 40);
        }
        return b;
    }

    TestHousehold person(String id, int age) {
        members.add(new Member(id, null, Boolean.TRUE, "member " + id, members.isEmpty() ? Relation.HEAD
                : Relation.OTHER, null, asOf.minusYears(age).minusMonths(6), Boolean.TRUE, null, null, null, null,
                null, null, null, List.of(), null, null));
        return this;
    }

    /** An asset of the last member added. */
    TestHousehold asset(AssetType type, String value) {
        assets.add(new Asset(members.get(members.size() - 1).personId(), null, type, new BigDecimal(value), null,
                "test", asOf));
        return this;
    }

    TestHousehold perCapitaIncome(String amount) {
        perCapitaIncome = new BigDecimal(amount);
        return this;
    }

    TestHousehold perCapitaMonetary(String amount) {
        perCapitaMonetary = new BigDecimal(amount);
        return this;
    }

    Household build() {
        return new Household("h-test", "tianshanlu", "天山路街道", null, null, "addr", "addr", List.copyOf(members),
                List.of(), List.copyOf(assets), List.of(), members.size(), perCapitaIncome, perCapitaMonetary,
                perCapitaMonetary, BigDecimal.ZERO.setScale(2), false, false, false, asOf, 1L, null, null, null);
    }
}
