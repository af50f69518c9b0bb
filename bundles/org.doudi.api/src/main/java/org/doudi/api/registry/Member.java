package org.doudi.api.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * A person in a household.
 *
 * @param personId           our stable id of the person (never the ID number); null when adding a new member
 * @param idNumber           the 18-character resident ID number (GB 11643), or null with {@code withoutIdNumber}
 * @param withoutIdNumber    true for a person registered with no ID number at all (homeless people,
 *                           unregistered children): to be matched later
 * @param name               the person's name
 * @param relation           relation to the head of the household
 * @param sex                derived from the ID number when there is one
 * @param birthDate          derived from the ID number when there is one
 * @param hukouLocal         true for Shanghai hukou (本市户籍), false for non-local (非本市)
 * @param disabilityCategory disability category, or null
 * @param disabilityGrade    disability grade 1 (most severe) to 4, or null
 * @param healthStatus       health status, or null when unknown
 * @param workAbility        ability to work, or null when unknown
 * @param employmentStatus   employment status, or null when unknown
 * @param studentStatus      student status, or null when unknown
 * @param selfCare           self-care ability, or null when unknown
 * @param tags               identity tags
 * @param endedOn            the date the person left the household (died, moved out); null while a member
 * @param endReason          why the person left; set together with {@code endedOn}
 * @param circle             the person's circle (SPEC §4: 1 covered by policy … 4 others to watch), null for none;
 *                           derived (ignored on input)
 * @param circleReason       the fact that placed the person in the circle; derived
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Member(String personId, String idNumber, Boolean withoutIdNumber, String name, Relation relation,
        Sex sex, LocalDate birthDate, Boolean hukouLocal, DisabilityCategory disabilityCategory,
        Integer disabilityGrade, HealthStatus healthStatus, WorkAbility workAbility,
        EmploymentStatus employmentStatus, StudentStatus studentStatus, SelfCare selfCare,
        List<IdentityTag> tags, LocalDate endedOn, EndReason endReason,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Integer circle,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) String circleReason) {

    /** A member without derived circle (what clients send, and what the registry stores). */
    public Member(String personId, String idNumber, Boolean withoutIdNumber, String name, Relation relation, Sex sex,
            LocalDate birthDate, Boolean hukouLocal, DisabilityCategory disabilityCategory, Integer disabilityGrade,
            HealthStatus healthStatus, WorkAbility workAbility, EmploymentStatus employmentStatus,
            StudentStatus studentStatus, SelfCare selfCare, List<IdentityTag> tags, LocalDate endedOn,
            EndReason endReason) {
        this(personId, idNumber, withoutIdNumber, name, relation, sex, birthDate, hukouLocal, disabilityCategory,
                disabilityGrade, healthStatus, workAbility, employmentStatus, studentStatus, selfCare, tags, endedOn,
                endReason, null, null);
    }

    /** The same member, left the household on {@code date} for {@code reason}. */
    public Member ended(LocalDate date, EndReason reason) {
        return new Member(personId, idNumber, withoutIdNumber, name, relation, sex, birthDate, hukouLocal,
                disabilityCategory, disabilityGrade, healthStatus, workAbility, employmentStatus, studentStatus, selfCare,
                tags, date, reason, circle, circleReason);
    }

    /** The same member with the ID number shown as {@code shown} (e.g. masked). */
    public Member withIdNumber(String shown) {
        return new Member(personId, shown, withoutIdNumber, name, relation, sex, birthDate, hukouLocal,
                disabilityCategory, disabilityGrade, healthStatus, workAbility, employmentStatus, studentStatus, selfCare,
                tags, endedOn, endReason, circle, circleReason);
    }

    /** The same member placed in {@code newCircle} (null: none) for {@code reason}. */
    public Member inCircle(Integer newCircle, String reason) {
        return new Member(personId, idNumber, withoutIdNumber, name, relation, sex, birthDate, hukouLocal,
                disabilityCategory, disabilityGrade, healthStatus, workAbility, employmentStatus, studentStatus, selfCare,
                tags, endedOn, endReason, newCircle, reason);
    }

    /** True while the person is a member on {@code date}. */
    public boolean activeOn(LocalDate date) {
        return endedOn == null || endedOn.isAfter(date);
    }
}
