package org.doudi.registry.internal.bulk;

import static org.doudi.registry.internal.bulk.Columns.date;
import static org.doudi.registry.internal.bulk.Columns.enumOf;
import static org.doudi.registry.internal.bulk.Columns.integer;
import static org.doudi.registry.internal.bulk.Columns.money;
import static org.doudi.registry.internal.bulk.Columns.utcInstant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.AssetType;
import org.doudi.api.registry.DisabilityCategory;
import org.doudi.api.registry.EmploymentStatus;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Expenditure;
import org.doudi.api.registry.ExpenditureType;
import org.doudi.api.registry.HealthStatus;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.IncomeType;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.registry.SelfCare;
import org.doudi.api.registry.Sex;
import org.doudi.api.registry.StreetBasis;
import org.doudi.api.registry.StudentStatus;
import org.doudi.api.registry.WorkAbility;

/**
 * One chunk's rows, table by table, gathered per household and assembled into records exactly as
 * {@code HouseholdMapper.toRecord} builds them. Every result set handed in is read to the end and closed.
 */
final class HouseholdRows {

    /** A household row: its own columns. */
    static final class Head {
        final String id;
        final String street;
        final String streetName;
        final StreetBasis basis;
        final String committee;
        final String hukouAddress;
        final String residenceAddress;
        final long version;
        final Instant createdAt;
        final Instant updatedAt;
        final List<MemberRow> members = new ArrayList<>();
        final List<IncomeItem> incomes = new ArrayList<>();
        final List<Asset> assets = new ArrayList<>();
        final List<Expenditure> expenditures = new ArrayList<>();
        final List<String> enrolled = new ArrayList<>();

        private Head(ResultSet rs, Map<String, String> labels) throws SQLException {
            id = rs.getString(1);
            street = rs.getString(2);
            streetName = labels.get(street);
            basis = enumOf(StreetBasis.class, rs, 3);
            committee = rs.getString(4);
            hukouAddress = rs.getString(5);
            residenceAddress = rs.getString(6);
            version = rs.getLong(7);
            createdAt = utcInstant(rs, 8);
            updatedAt = utcInstant(rs, 9);
        }
    }

    /** A member row with the tags read for it. */
    private static final class MemberRow {
        final String personId;
        final ResultSetMember columns;
        final List<IdentityTag> tags = new ArrayList<>();

        MemberRow(String personId, ResultSetMember columns) {
            this.personId = personId;
            this.columns = columns;
        }
    }

    /** A member's own columns, as read. */
    private record ResultSetMember(String idNumber, boolean withoutIdNumber, String name, Relation relation, Sex sex,
            java.time.LocalDate birthDate, boolean hukouLocal, DisabilityCategory disabilityCategory,
            Integer disabilityGrade, HealthStatus health, WorkAbility work, EmploymentStatus employment,
            StudentStatus student, SelfCare selfCare, java.time.LocalDate endedOn, EndReason endReason) {
    }

    private final Map<String, Head> byId = new LinkedHashMap<>();

    HouseholdRows(List<Head> heads) {
        heads.forEach(h -> byId.put(h.id, h));
    }

    static Head head(ResultSet rs, Map<String, String> labels) throws SQLException {
        return new Head(rs, labels);
    }

    /** Members with their tags: a row per tag (or one without), a member's rows together, in order. */
    void members(ResultSet rs) throws SQLException {
        try (rs) {
            MemberRow m = null;
            while (rs.next()) {
                String personId = rs.getString(2);
                if (m == null || !m.personId.equals(personId)) {
                    Head h = byId.get(rs.getString(1));
                    if (h == null) {
                        m = null;
                        continue; // a household created after its chunk's head rows were read
                    }
                    m = new MemberRow(personId, new ResultSetMember(rs.getString(3), rs.getBoolean(4),
                            rs.getString(5), enumOf(Relation.class, rs, 6), enumOf(Sex.class, rs, 7), date(rs, 8),
                            rs.getBoolean(9), enumOf(DisabilityCategory.class, rs, 10), integer(rs, 11),
                            enumOf(HealthStatus.class, rs, 12), enumOf(WorkAbility.class, rs, 13),
                            enumOf(EmploymentStatus.class, rs, 14), enumOf(StudentStatus.class, rs, 15),
                            enumOf(SelfCare.class, rs, 16), date(rs, 17), enumOf(EndReason.class, rs, 18)));
                    h.members.add(m);
                }
                String tag = rs.getString(19);
                if (tag != null) {
                    m.tags.add(new IdentityTag(tag, rs.getString(20), date(rs, 21)));
                }
            }
        }
    }

    void incomes(ResultSet rs) throws SQLException {
        try (rs) {
            while (rs.next()) {
                Head h = byId.get(rs.getString(1));
                if (h != null) {
                    h.incomes.add(new IncomeItem(rs.getString(2), null, enumOf(IncomeType.class, rs, 3),
                            money(rs, 4), date(rs, 5), date(rs, 6), rs.getString(7), date(rs, 8)));
                }
            }
        }
    }

    void assets(ResultSet rs) throws SQLException {
        try (rs) {
            while (rs.next()) {
                Head h = byId.get(rs.getString(1));
                if (h != null) {
                    h.assets.add(new Asset(rs.getString(2), null, enumOf(AssetType.class, rs, 3), money(rs, 4),
                            rs.getBigDecimal(5), rs.getString(6), date(rs, 7)));
                }
            }
        }
    }

    void expenditures(ResultSet rs) throws SQLException {
        try (rs) {
            while (rs.next()) {
                Head h = byId.get(rs.getString(1));
                if (h != null) {
                    h.expenditures.add(new Expenditure(rs.getString(2), null, enumOf(ExpenditureType.class, rs, 3),
                            money(rs, 4), date(rs, 5), date(rs, 6), rs.getString(7)));
                }
            }
        }
    }

    void enrolments(ResultSet rs) throws SQLException {
        try (rs) {
            while (rs.next()) {
                Head h = byId.get(rs.getString(1));
                String program = rs.getString(2);
                if (h != null && (h.enrolled.isEmpty() || !h.enrolled.get(h.enrolled.size() - 1).equals(program))) {
                    h.enrolled.add(program); // ordered by program: DISTINCT is a neighbour check
                }
            }
        }
    }

    /** The assembled records, in id order. */
    List<Household> households() {
        List<Household> out = new ArrayList<>(byId.size());
        for (Head h : byId.values()) {
            List<Member> members = new ArrayList<>(h.members.size());
            for (MemberRow r : h.members) {
                ResultSetMember m = r.columns;
                members.add(new Member(r.personId, m.idNumber(), m.withoutIdNumber() ? Boolean.TRUE : null, m.name(),
                        m.relation(), m.sex(), m.birthDate(), m.hukouLocal(), m.disabilityCategory(),
                        m.disabilityGrade(), m.health(), m.work(), m.employment(), m.student(), m.selfCare(), r.tags,
                        m.endedOn(), m.endReason()));
            }
            out.add(new Household(h.id, h.street, h.streetName, h.basis, h.committee, h.hukouAddress,
                    h.residenceAddress, members, h.incomes, h.assets, h.expenditures, null, null, null, null, null,
                    null, null, null, null, h.version, h.createdAt, h.updatedAt, null,
                    h.enrolled.isEmpty() ? null : h.enrolled));
        }
        return out;
    }
}
