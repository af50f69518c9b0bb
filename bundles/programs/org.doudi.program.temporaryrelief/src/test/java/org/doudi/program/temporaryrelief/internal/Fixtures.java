package org.doudi.program.temporaryrelief.internal;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doudi.api.Street;
import org.doudi.api.StreetDirectory;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;

/** Households, callers, parameters and services for the tests, built by hand. */
final class Fixtures {
    static final LocalDate TODAY = LocalDate.of(2024, 10, 1);
    static final String TIANSHAN = "tianshanlu";
    static final String XINHUA = "xinhualu";
    static final Caller DISTRICT = new Caller("staff-wang", Set.of(Roles.DISTRICT_STAFF), null);
    static final Caller TIANSHAN_OPERATOR = new Caller("op-li", Set.of(Roles.STREET_OPERATOR), TIANSHAN);
    static final Caller XINHUA_OPERATOR = new Caller("op-zhao", Set.of(Roles.STREET_OPERATOR), XINHUA);
    static final StreetDirectory STREETS = new StreetDirectory() {
        private final List<Street> all = List.of(new Street(TIANSHAN, "天山路街道"), new Street(XINHUA, "新华路街道"));

        @Override
        public List<Street> streets() {
            return all;
        }

        @Override
        public Optional<Street> find(String id) {
            return all.stream().filter(s -> s.id().equals(id)).findFirst();
        }
    };

    private Fixtures() {
    }

    /** A valid resident ID number: a 1980s Beijing code with serial {@code serial}. */
    static String idNumber(int serial) {
        String first17 = "11010519800101" + String.format("%03d", serial);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static Member member(String personId, String idNumber, String name) {
        return new Member(personId, idNumber, idNumber == null, name, Relation.HEAD, null, LocalDate.of(1980, 1, 1),
                true, null, null, null, null, null, null, null, List.of(), null, null);
    }

    static Member ended(Member m, LocalDate on) {
        return m.ended(on, EndReason.MOVED_OUT);
    }

    static Household household(String id, String street, Member... members) {
        Household draft = Household.draft(street, "hukou address", "residence", Arrays.asList(members), List.of(),
                List.of(), List.of());
        return new Household(id, street, null, null, null, draft.hukouAddress(), draft.residenceAddress(),
                draft.members(), List.of(), List.of(), List.of(), null, null, null, null, null, null, null, null,
                null, 1L, null, null, null);
    }

    /** The parameters from the configuration defaults, some values replaced. */
    static ProgramParameters parameters(Map<String, String> overrides) {
        return TemporaryReliefProgram.parameters(config(overrides));
    }

    static TemporaryReliefConfig config(Map<String, String> overrides) {
        return (TemporaryReliefConfig) Proxy.newProxyInstance(TemporaryReliefConfig.class.getClassLoader(),
                new Class<?>[] {TemporaryReliefConfig.class},
                (proxy, method, args) -> method.getName().equals("annotationType") ? TemporaryReliefConfig.class
                        : overrides.getOrDefault(method.getName(), (String) method.getDefaultValue()));
    }

    /** A registry holding the given households; only {@code find} is used by the program. */
    static HouseholdService households(Household... households) {
        Map<String, Household> byId = new HashMap<>();
        for (Household h : households) {
            byId.put(h.id(), h);
        }
        return (HouseholdService) Proxy.newProxyInstance(HouseholdService.class.getClassLoader(),
                new Class<?>[] {HouseholdService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find") && args.length == 1) {
                        return Optional.ofNullable(byId.get((String) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
