package org.doudi.program.rigidexpenditure.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.EmploymentStatus;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.registry.WorkAbility;

/** Test data: members and households with their derived figures set by hand, and configurations. */
final class Households {

    private Households() {
    }

    static Member member(String personId, String name, String... tagsSince2024) {
        List<IdentityTag> tags = new ArrayList<>();
        for (String t : tagsSince2024) {
            tags.add(new IdentityTag(t, "district", LocalDate.of(2024, 1, 1)));
        }
        return member(personId, name, tags, null);
    }

    static Member member(String personId, String name, List<IdentityTag> tags, LocalDate endedOn) {
        return new Member(personId, null, true, name, Relation.HEAD, null, LocalDate.of(1980, 1, 1), true, null, null,
                null, WorkAbility.FULL, EmploymentStatus.EMPLOYED, null, null, tags, endedOn,
                endedOn == null ? null : EndReason.MOVED_OUT);
    }

    /** {@code n} plain members p1..pn. */
    static List<Member> members(int n) {
        List<Member> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(member("p" + i, "成员" + i));
        }
        return out;
    }

    /**
     * A household with figures derived as of {@code asOf}: per-capita monthly income, per-capita monetary assets
     * and rigid expenditure of the last 12 months as given.
     */
    static Household household(LocalDate asOf, List<Member> members, List<Asset> assets, String perCapitaIncome,
            String perCapitaMonetaryAssets, String rigid12) {
        int active = (int) members.stream().filter(m -> m.activeOn(asOf)).count();
        return new Household("h1", "xinhualu", "新华路街道", null, null, "新华路1号", "新华路1号", members, List.of(),
                assets, List.of(), active, new BigDecimal(perCapitaIncome), new BigDecimal(perCapitaMonetaryAssets),
                new BigDecimal(perCapitaMonetaryAssets), new BigDecimal(rigid12), false, false, false, asOf, 1L,
                null, null, null);
    }

    /** The program's parameters from its configuration defaults, with some values replaced. */
    static ProgramParameters parameters(Map<String, String> overrides) {
        return RigidExpenditureProgram.parameters(config(RigidExpenditureConfig.class, overrides));
    }

    /** An instance of a metatype configuration annotation: its defaults, with some values replaced. */
    static <A extends Annotation> A config(Class<A> type, Map<String, String> overrides) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("annotationType")) {
                return type;
            }
            if (method.getDefaultValue() == null) {
                throw new UnsupportedOperationException(method.getName());
            }
            return overrides.getOrDefault(method.getName(), (String) method.getDefaultValue());
        }));
    }
}
