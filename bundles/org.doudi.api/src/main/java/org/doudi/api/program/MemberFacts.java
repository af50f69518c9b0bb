package org.doudi.api.program;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.Member;

/** Facts about members that program rules share: who is active, ages, tags, severe disability. */
public final class MemberFacts {

    private MemberFacts() {
    }

    /** The members of {@code household} on {@code date}. */
    public static List<Member> active(Household household, LocalDate date) {
        return household.members().stream().filter(m -> m.activeOn(date)).collect(Collectors.toList());
    }

    /** Age in whole years on {@code date}, or -1 when the birth date is unknown. */
    public static int age(Member member, LocalDate date) {
        return member.birthDate() == null ? -1 : Period.between(member.birthDate(), date).getYears();
    }

    /** True for disability grade 1 or 2 (重度残疾). */
    public static boolean severelyDisabled(Member member) {
        return member.disabilityGrade() != null && member.disabilityGrade() <= 2;
    }

    /** True when the member carries {@code tag} from a date on or before {@code date}. */
    public static boolean hasTag(Member member, String tag, LocalDate date) {
        if (member.tags() == null) {
            return false;
        }
        for (IdentityTag t : member.tags()) {
            if (t.tag().equals(tag) && (t.since() == null || !t.since().isAfter(date))) {
                return true;
            }
        }
        return false;
    }

    /** True when some member active on {@code date} carries {@code tag} by then. */
    public static boolean anyActiveHasTag(Household household, String tag, LocalDate date) {
        return active(household, date).stream().anyMatch(m -> hasTag(m, tag, date));
    }
}
