package org.doudi.program.dibao.internal;

import java.time.LocalDate;
import org.doudi.api.program.MemberFacts;
import org.doudi.api.registry.HealthStatus;
import org.doudi.api.registry.Member;

/**
 * The categories of classified assistance (分类施保): covered members in them get an add-on, a configured share
 * of the standard. A person in several categories gets only the highest rate (就高不叠加); on equal rates the
 * category listed first here counts.
 */
enum AddOnCategory {
    ELDERLY(DibaoParameters.ADD_ON_ELDERLY, "elderly"),
    SEVERELY_DISABLED(DibaoParameters.ADD_ON_SEVERELY_DISABLED, "severely disabled"),
    MINOR(DibaoParameters.ADD_ON_MINOR, "minor"),
    SERIOUSLY_ILL(DibaoParameters.ADD_ON_SERIOUSLY_ILL, "seriously ill");

    private final String parameter;
    private final String label;

    AddOnCategory(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    /** The parameter holding the category's rate. */
    String parameter() {
        return parameter;
    }

    /** How the category reads in a benefit line, e.g. {@code severely disabled}. */
    String label() {
        return label;
    }

    /** The benefit line's item code, e.g. {@code add-on-severely-disabled}. */
    String item() {
        return "add-on-" + label.replace(' ', '-');
    }

    /** True when {@code member} is in this category on {@code date}. */
    boolean includes(Member member, LocalDate date, int elderlyAge, int minorAge) {
        int age = MemberFacts.age(member, date);
        switch (this) {
            case ELDERLY:
                return age >= elderlyAge;
            case SEVERELY_DISABLED:
                return MemberFacts.severelyDisabled(member);
            case MINOR:
                return age >= 0 && age < minorAge;
            default:
                return member.healthStatus() == HealthStatus.SERIOUS_ILLNESS;
        }
    }
}
