package org.doudi.program.charity.internal;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doudi.api.Street;
import org.doudi.api.StreetDirectory;
import org.doudi.api.WriteContext;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;

/** The program's services wired to in-memory fakes of the core, standing on 2024-10-01. */
final class Charity {
    static final LocalDate TODAY = LocalDate.of(2024, 10, 1);
    static final Caller STAFF = new Caller("wang.staff", Set.of(Roles.DISTRICT_STAFF), null);
    static final Caller TIANSHANLU_OPERATOR = new Caller("li.op", Set.of(Roles.STREET_OPERATOR, "street:tianshanlu"),
            "tianshanlu");
    static final WriteContext CTX = WriteContext.of("wang.staff", null);

    final FakeStore store = new FakeStore();
    final FakeHouseholds households = new FakeHouseholds();
    final FakeEnrolments enrolments = new FakeEnrolments();
    final FakeNeeds needs = new FakeNeeds();
    final FakeResources resources = new FakeResources();
    final FakeReferrals referralService = new FakeReferrals(households);
    final FixedClock clock = new FixedClock(TODAY);
    final CharityProgram program = program(Map.of());
    final Organisations organisations = new Organisations(store);
    final Projects projects = new Projects(resources, organisations, store);
    final Consents consents = new Consents(store, households, organisations, clock, program);
    final Exports exports = new Exports(store, households, enrolments, referralService, needs, streets(), organisations,
            projects, consents, clock);
    final Imports imports = new Imports(store, households, organisations, clock);
    final CharityReferrals referrals = new CharityReferrals(referralService, households, projects, consents, clock);

    CharityProgram program(Map<String, String> overrides) {
        CharityConfig config = (CharityConfig) Proxy.newProxyInstance(CharityConfig.class.getClassLoader(),
                new Class<?>[] {CharityConfig.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class || method.getName().equals("annotationType")) {
                        return method.getName().equals("annotationType") ? CharityConfig.class : null;
                    }
                    return overrides.getOrDefault(method.getName(), (String) method.getDefaultValue());
                });
        return new CharityProgram(CharityProgram.parameters(config), needs, "1.0.0");
    }

    Organisation organisation(String name, String registrationNumber) {
        return organisations.register(new OrganisationRequest(name, registrationNumber, "陈老师 021-62000000", null),
                CTX);
    }

    Consent consent(Household h, Member m, Organisation org, String scope, String givenOn) {
        return consents.give(new ConsentRequest(h.id(), m.idNumber(), org.id(), scope, givenOn, "档案 2024-031"), STAFF,
                CTX);
    }

    /** A valid ID number from its first 17 characters. */
    static String idNumber(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static Member member(String personId, String first17, String name) {
        return new Member(personId, first17 == null ? null : idNumber(first17), first17 == null ? Boolean.TRUE : null,
                name, Relation.HEAD, null, null, true, null, null, null, null, null, null, null, List.of(), null, null);
    }

    Household household(String id, String street, Member... members) {
        return households.add(new Household(id, street, null, null, null, "天山路1号", "天山路1号",
                Arrays.asList(members), List.of(), List.of(), List.of(), null, null, null, null, null, null, null, null,
                null, 1L, null, null, null));
    }

    static StreetDirectory streets() {
        List<Street> all = List.of(new Street("tianshanlu", "天山路街道"), new Street("xianxialu", "仙霞新村街道"));
        return new StreetDirectory() {
            @Override
            public List<Street> streets() {
                return all;
            }

            @Override
            public Optional<Street> find(String id) {
                return all.stream().filter(s -> s.id().equals(id)).findFirst();
            }
        };
    }
}
