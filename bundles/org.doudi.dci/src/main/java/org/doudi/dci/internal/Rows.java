package org.doudi.dci.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doudi.api.DoudiClock;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;

/**
 * The searchable attributes of the registry as DCI queries name them: one row per member of a household,
 * carrying the household's attributes too, so a Group matches when any of its rows does.
 */
final class Rows {
    static final String ID_NUMBER = "id_number";
    /** Every attribute a query or subscription filter may name. */
    static final List<String> ATTRIBUTES = List.of("household_id", "street", "group_size", "programme",
            "registration_date", ID_NUMBER, "person_id", "name", "sex", "birth_date", "birth_year", "age",
            "relationship", "is_member", "death_date", "hukou_local", "is_disabled", "enrolment_status");

    private Rows() {
    }

    /** The rows of a household as of {@code today}; a household without members still has one row. */
    static List<Map<String, Object>> of(Household h, LocalDate today) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Member> members = h.members() == null ? List.of() : h.members();
        for (Member m : members) {
            rows.add(member(h, m, today));
        }
        if (rows.isEmpty()) {
            rows.add(household(h));
        }
        return rows;
    }

    static Map<String, Object> household(Household h) {
        Map<String, Object> row = new HashMap<>();
        row.put("household_id", h.id());
        row.put("street", h.street());
        row.put("group_size", h.memberCount());
        row.put("programme", h.enrolledPrograms() == null ? List.of() : h.enrolledPrograms());
        if (h.createdAt() != null) {
            row.put("registration_date", h.createdAt().atZone(DoudiClock.ZONE).toLocalDate().toString());
        }
        return row;
    }

    static Map<String, Object> member(Household h, Member m, LocalDate today) {
        Map<String, Object> row = household(h);
        row.put(ID_NUMBER, m.idNumber());
        row.put("person_id", m.personId());
        row.put("name", m.name());
        if (m.sex() != null) {
            row.put("sex", m.sex().name().toLowerCase(Locale.ROOT));
        }
        if (m.birthDate() != null) {
            row.put("birth_date", m.birthDate().toString());
            row.put("birth_year", m.birthDate().getYear());
            row.put("age", Period.between(m.birthDate(), today).getYears());
        }
        if (m.relation() != null) {
            row.put("relationship", m.relation().name().toLowerCase(Locale.ROOT));
        }
        row.put("is_member", m.activeOn(today));
        if (m.endReason() == EndReason.DECEASED && m.endedOn() != null) {
            row.put("death_date", m.endedOn().toString());
        }
        if (m.hukouLocal() != null) {
            row.put("hukou_local", m.hukouLocal());
        }
        row.put("is_disabled", m.disabilityCategory() != null);
        return row;
    }
}
