package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;

/**
 * Our records in the social-registry vocabulary (Group, Member, SRPerson) and the beneficiary-registry one
 * (enrolment status Active / Suspended / Deceased / Graduated), as one caller may see them: ID numbers masked
 * unless the caller's role needs them; a partner sees identity and membership only (no programmes, no
 * disability). Our own fields travel in
 * {@code additional_attributes} (name / value), the spec's extension point.
 */
final class RecordViews {
    static final String GROUP = "Group";
    static final String MEMBER = "Member";
    static final String BENEFICIARY = "Beneficiary";

    private final Caller caller;

    RecordViews(Caller caller) {
        this.caller = caller;
    }

    /** True for a partner without a role that widens its view (the REST API's partner view). */
    static boolean partnerOnly(Caller c) {
        return c.hasRole(Roles.PARTNER) && !c.seesFullIdNumbers() && !c.hasRole(Roles.AUDITOR)
                && !c.hasAnyRole(Roles.STREET_LEVEL);
    }

    ObjectNode group(Household h, LocalDate today) {
        ObjectNode g = DciJson.object().put("@type", GROUP).put("@id", "urn:doudi:household:" + h.id());
        identifier(g.putArray("group_identifier"), "HOUSEHOLD_ID", h.id());
        g.put("group_type", "household");
        List<Member> members = h.members() == null ? List.of() : h.members();
        g.put("group_size", h.memberCount() == null ? members.stream().filter(m -> m.activeOn(today)).count()
                : h.memberCount());
        members.stream().filter(m -> m.relation() == Relation.HEAD && m.activeOn(today)).findFirst()
                .ifPresent(head -> g.set("group_head_info", member(h, head)));
        ArrayNode list = g.putArray("member_list");
        members.forEach(m -> list.add(member(h, m)));
        if (h.createdAt() != null) {
            g.put("registration_date", DciJson.timestamp(h.createdAt()));
        }
        if (h.updatedAt() != null) {
            g.put("last_updated", DciJson.timestamp(h.updatedAt()));
        }
        ArrayNode extra = g.putArray("additional_attributes");
        extra.addObject().put("name", "street").put("value", h.street());
        if (!partnerOnly(caller)) {
            // a partner does not learn which programmes a household is enrolled in (as the REST partner view)
            ArrayNode programmes = extra.addObject().put("name", "programmes").putArray("value");
            (h.enrolledPrograms() == null ? List.<String>of() : h.enrolledPrograms()).forEach(programmes::add);
        }
        return g;
    }

    ObjectNode member(Household h, Member m) {
        ObjectNode o = DciJson.object().put("@type", MEMBER).put("@id", "urn:doudi:person:" + m.personId());
        identifier(o.putArray("member_identifier"), "PERSON_ID", m.personId());
        ObjectNode person = o.putObject("demographic_info").put("@type", "SRPerson");
        if (m.idNumber() != null) {
            identifier(person.putArray("identifier"), "UIN", caller.seesFullIdNumbers() ? m.idNumber()
                    : ResidentIdNumber.mask(m.idNumber()));
        }
        if (m.name() != null && !m.name().isEmpty()) {
            person.putObject("name").put("@type", "Name").put("surname", m.name().substring(0, 1))
                    .put("given_name", m.name().substring(1));
        }
        if (m.sex() != null) {
            person.put("sex", m.sex().name().toLowerCase(Locale.ROOT));
        }
        if (m.birthDate() != null) {
            person.put("birth_date", m.birthDate().toString());
        }
        if (m.endReason() == EndReason.DECEASED && m.endedOn() != null) {
            person.put("death_date", m.endedOn().toString());
        }
        if (m.relation() != null) {
            o.put("relationship_head", m.relation().name().toLowerCase(Locale.ROOT));
        }
        if (!partnerOnly(caller)) {
            o.put("is_disabled", m.disabilityCategory() != null);
        }
        ArrayNode extra = o.putArray("additional_attributes");
        extra.addObject().put("name", "household_id").put("value", h.id());
        extra.addObject().put("name", "full_name").put("value", m.name());
        if (m.endedOn() != null) {
            extra.addObject().put("name", "membership_end_date").put("value", m.endedOn().toString());
            extra.addObject().put("name", "membership_end_reason").put("value", String.valueOf(m.endReason()));
        }
        return o;
    }

    /** An enrolment as a beneficiary-registry record, with its household. */
    ObjectNode beneficiary(Enrolment e, Household h, LocalDate today) {
        ObjectNode b = DciJson.object().put("@type", BENEFICIARY).put("@id", "urn:doudi:enrolment:" + e.id());
        identifier(b.putArray("beneficiary_identifier"), "ENROLMENT_ID", e.id());
        ObjectNode programme = b.putObject("programme_identifier");
        programme.putObject("programme").put("programme_identifier", e.programId()).put("programme_name",
                e.programId());
        if (e.startMonth() != null) {
            programme.put("enrolment_date", e.startMonth().atDay(1).toString());
        }
        programme.put("enrolment_status", e.beneficiaryStatus());
        if (e.statusSince() != null) {
            programme.put("status_change_date", e.statusSince().toString());
        }
        if (h != null) {
            b.set("group", group(h, today));
        }
        return b;
    }

    private static void identifier(ArrayNode list, String type, String value) {
        list.addObject().put("@type", "Identifier").put("identifier_type", type).put("identifier_value", value);
    }
}
