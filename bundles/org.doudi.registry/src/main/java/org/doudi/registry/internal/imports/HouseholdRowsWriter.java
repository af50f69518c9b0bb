package org.doudi.registry.internal.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.doudi.api.casework.CirclePlacement;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.Expenditure;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.Member;

/**
 * Writes imported households into the registry's tables with plain JDBC batches, the rows the registry's JPA
 * mapping would write for a new household (version 1, sequence columns from 0), plus each active member's ID claim
 * and circle and the household's import reference. Statements are executed parents first, for the foreign keys.
 */
final class HouseholdRowsWriter implements AutoCloseable {
    /** The width of {@code person_circle.reason}. */
    static final int REASON_WIDTH = 300;

    private final String jobId;
    private final LocalDate today;
    private final SqlBatch households;
    private final SqlBatch refs;
    private final SqlBatch members;
    private final SqlBatch claims;
    private final SqlBatch tags;
    private final SqlBatch incomes;
    private final SqlBatch assets;
    private final SqlBatch expenditures;
    private final SqlBatch circles;
    private final SqlBatch[] order;

    HouseholdRowsWriter(Connection c, String jobId, LocalDate today) throws SQLException {
        this.jobId = jobId;
        this.today = today;
        households = new SqlBatch(c, "household", "id", "street", "street_basis", "committee", "hukou_address",
                "residence_address", "version", "created_at", "updated_at");
        refs = new SqlBatch(c, "household_import_ref", "source_ref", "household_id", "job_id");
        members = new SqlBatch(c, "household_member", "person_id", "household_id", "seq", "id_number",
                "without_id_number", "name", "relation", "sex", "birth_date", "hukou_local", "disability_category",
                "disability_grade", "health_status", "work_ability", "employment_status", "student_status", "self_care",
                "ended_on", "end_reason");
        claims = new SqlBatch(c, "person_id_claim", "id_number", "person_id", "household_id");
        tags = new SqlBatch(c, "member_tag", "person_id", "seq", "tag", "source", "since");
        incomes = new SqlBatch(c, "household_income", "household_id", "seq", "person_id", "income_type",
                "monthly_amount", "from_date", "to_date", "source", "as_of");
        assets = new SqlBatch(c, "household_asset", "household_id", "seq", "person_id", "asset_type", "asset_value",
                "floor_area", "source", "as_of");
        expenditures = new SqlBatch(c, "household_expenditure", "household_id", "seq", "person_id",
                "expenditure_type", "amount", "from_date", "to_date", "source");
        circles = new SqlBatch(c, "person_circle", "person_id", "household_id", "street", "circle", "reason", "as_of",
                "computed_at");
        order = new SqlBatch[] {households, refs, members, claims, tags, incomes, assets, expenditures, circles};
    }

    /** Adds the rows of {@code imported} to the batches. */
    void add(ImportedHousehold imported, Timestamp now) throws SQLException {
        Household h = imported.household();
        String id = h.id();
        households.text(id).text(h.street()).name(h.streetBasis()).text(h.committee()).text(h.hukouAddress())
                .text(h.residenceAddress()).bigint(1).timestamp(now).timestamp(now).add();
        refs.text(imported.ref()).text(id).text(jobId).add();
        List<Member> ms = h.members();
        for (int i = 0; i < ms.size(); i++) {
            Member m = ms.get(i);
            members.text(m.personId()).text(id).integer(i).text(m.idNumber()).bool(m.idNumber() == null).text(m.name())
                    .name(m.relation()).name(m.sex()).date(m.birthDate()).bool(m.hukouLocal())
                    .name(m.disabilityCategory()).integer(m.disabilityGrade()).name(m.healthStatus())
                    .name(m.workAbility()).name(m.employmentStatus()).name(m.studentStatus()).name(m.selfCare())
                    .date(m.endedOn()).name(m.endReason()).add();
            if (m.idNumber() != null && m.endedOn() == null) {
                claims.text(m.idNumber()).text(m.personId()).text(id).add();
            }
            List<IdentityTag> ts = m.tags();
            for (int j = 0; j < ts.size(); j++) {
                IdentityTag t = ts.get(j);
                tags.text(m.personId()).integer(j).text(t.tag()).text(t.source()).date(t.since()).add();
            }
        }
        int seq = 0;
        for (IncomeItem x : h.incomes()) {
            incomes.text(id).integer(seq++).text(x.personId()).name(x.type()).money(x.monthlyAmount()).date(x.from())
                    .date(x.to()).text(x.source()).date(x.asOf()).add();
        }
        seq = 0;
        for (Asset x : h.assets()) {
            assets.text(id).integer(seq++).text(x.personId()).name(x.type()).money(x.value()).money(x.floorArea())
                    .text(x.source()).date(x.asOf()).add();
        }
        seq = 0;
        for (Expenditure x : h.expenditures()) {
            expenditures.text(id).integer(seq++).text(x.personId()).name(x.type()).money(x.amount()).date(x.from())
                    .date(x.to()).text(x.source()).add();
        }
        for (CirclePlacement p : imported.circles()) {
            String reason = p.reason().length() > REASON_WIDTH ? p.reason().substring(0, REASON_WIDTH) : p.reason();
            circles.text(p.personId()).text(id).text(h.street())
                    .integer(p.circle() == null ? null : p.circle().number()).text(reason).date(today).timestamp(now)
                    .add();
        }
    }

    /** Sends every batch, parents first. */
    void execute() throws SQLException {
        for (SqlBatch b : order) {
            b.execute();
        }
    }

    /** Drops the rows not sent yet. */
    void clear() throws SQLException {
        for (SqlBatch b : order) {
            b.clear();
        }
    }

    @Override
    public void close() throws SQLException {
        for (SqlBatch b : order) {
            b.close();
        }
    }
}
