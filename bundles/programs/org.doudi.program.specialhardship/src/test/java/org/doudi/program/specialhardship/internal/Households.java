package org.doudi.program.specialhardship.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.Benefit;
import org.doudi.api.program.ProgramInfo;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.EmploymentStatus;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.IncomeType;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.registry.SelfCare;
import org.doudi.api.registry.WorkAbility;

/** Test data: members, households with their derived figures set by hand, configurations, a fake dibao. */
final class Households {

    private Households() {
    }

    static Person person(String personId, String name, LocalDate birthDate) {
        return new Person(personId, name, birthDate);
    }

    /** A member under construction. */
    static final class Person {
        private final String personId;
        private final String name;
        private final LocalDate birthDate;
        private Integer grade;
        private WorkAbility work;
        private SelfCare selfCare;
        private final List<IdentityTag> tags = new ArrayList<>();
        private LocalDate endedOn;

        private Person(String personId, String name, LocalDate birthDate) {
            this.personId = personId;
            this.name = name;
            this.birthDate = birthDate;
        }

        Person grade(Integer g) {
            grade = g;
            return this;
        }

        Person work(WorkAbility w) {
            work = w;
            return this;
        }

        Person selfCare(SelfCare s) {
            selfCare = s;
            return this;
        }

        Person tag(String tag, LocalDate since) {
            tags.add(new IdentityTag(tag, "street survey", since));
            return this;
        }

        Person ended(LocalDate on) {
            endedOn = on;
            return this;
        }

        Member build() {
            return new Member(personId, null, true, name, Relation.HEAD, null, birthDate, true, null, grade, null, work,
                    EmploymentStatus.NOT_IN_LABOUR_FORCE, null, selfCare, tags, endedOn,
                    endedOn == null ? null : EndReason.DECEASED);
        }
    }

    static IncomeItem income(String personId, String monthly, LocalDate from, LocalDate to) {
        return new IncomeItem(personId, null, IncomeType.PENSION, new BigDecimal(monthly), from, to, "social security",
                from);
    }

    /** A household whose figures are derived as of {@code asOf} (per-capita figures zero: this program reads members). */
    static Household household(LocalDate asOf, List<Person> people, List<IncomeItem> incomes) {
        List<Member> members = people.stream().map(Person::build).toList();
        int active = (int) members.stream().filter(m -> m.activeOn(asOf)).count();
        BigDecimal zero = new BigDecimal("0.00");
        return new Household("h1", "tianshanlu", "天山路街道", null, null, "天山路1号", "天山路1号", members, incomes,
                List.of(), List.of(), active, zero, zero, zero, zero, false, false, false, asOf, 1L, null, null, null);
    }

    /** The program's parameters from its configuration defaults, with some values replaced. */
    static ProgramParameters parameters(Map<String, String> overrides) {
        return SpecialHardshipProgram.parameters(config(SpecialHardshipConfig.class, overrides));
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

    /** A stand-in for the dibao program: only its {@code standard} series matters here. */
    static AssistanceProgram dibao(String standard) {
        return dibao(ProgramParameters.builder("dibao").standard("standard", "dibao standard", standard).build());
    }

    /** A stand-in for the dibao program with these parameters. */
    static AssistanceProgram dibao(ProgramParameters p) {
        return new AssistanceProgram() {
            @Override
            public ProgramInfo info() {
                return new ProgramInfo("dibao", "最低生活保障", "minimum livelihood guarantee", "test", true, 12, List.of());
            }

            @Override
            public ProgramParameters parameters() {
                return p;
            }

            @Override
            public List<RuleOutcome> eligibility(Household household, LocalDate asOf) {
                return List.of();
            }

            @Override
            public Benefit benefit(Household household, LocalDate asOf) {
                return Benefit.none("fake");
            }
        };
    }
}
