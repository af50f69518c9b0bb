package org.doudi.registry.internal.bulk;

/**
 * The queries of {@link HouseholdStream}: the chunk's households, then one query per fact table (members with their
 * tags, incomes, assets, expenditures, live enrolments), each over the chunk's range of household ids
 * ({@code after < household_id <= last}) in household order, optionally of one street. Portable SQL.
 */
final class HouseholdSql {

    final String households;
    final String members;
    final String incomes;
    final String assets;
    final String expenditures;
    final String liveEnrolments;

    /**
     * @param byStreet true when the households of one street are read (in the fact queries its id is bound first,
     *                 then the range twice; in the households query after the start)
     * @param chunk    households per chunk
     */
    HouseholdSql(boolean byStreet, int chunk) {
        households = "SELECT id, street, street_basis, committee, hukou_address, residence_address, version,"
                + " created_at, updated_at FROM household WHERE id > ?"
                + (byStreet ? " AND street = ? ORDER BY street, id" : " ORDER BY id")
                + " FETCH FIRST " + chunk + " ROWS ONLY";
        // members with their tags in one pass over the chunk's members (a LEFT JOIN: a row per tag, or one without)
        members = "SELECT m.household_id, m.person_id, m.id_number, m.without_id_number, m.name, m.relation, m.sex,"
                + " m.birth_date, m.hukou_local, m.disability_category, m.disability_grade, m.health_status,"
                + " m.work_ability, m.employment_status, m.student_status, m.self_care, m.ended_on, m.end_reason,"
                + " t.tag, t.source, t.since" + from("household_member", "m", byStreet)
                + " LEFT JOIN member_tag t ON t.person_id = m.person_id" + where("m", byStreet)
                + " ORDER BY m.household_id, m.seq, t.seq";
        incomes = "SELECT x.household_id, x.person_id, x.income_type, x.monthly_amount, x.from_date, x.to_date,"
                + " x.source, x.as_of" + from("household_income", "x", byStreet) + where("x", byStreet)
                + " ORDER BY x.household_id, x.seq";
        assets = "SELECT x.household_id, x.person_id, x.asset_type, x.asset_value, x.floor_area, x.source, x.as_of"
                + from("household_asset", "x", byStreet) + where("x", byStreet) + " ORDER BY x.household_id, x.seq";
        expenditures = "SELECT x.household_id, x.person_id, x.expenditure_type, x.amount, x.from_date, x.to_date,"
                + " x.source" + from("household_expenditure", "x", byStreet) + where("x", byStreet)
                + " ORDER BY x.household_id, x.seq";
        // live = ACTIVE or SUSPENDED and started by the month of the day (LiveEnrolments)
        liveEnrolments = "SELECT x.household_id, x.program_id" + from("enrolment", "x", byStreet)
                + where("x", byStreet) + " AND x.status IN ('ACTIVE', 'SUSPENDED') AND x.start_month <= ?"
                + " ORDER BY x.household_id, x.program_id";
    }

    /**
     * The fact table; for a street, joined to the household first, so that the planner starts from the street's
     * households of the chunk (Derby otherwise hash-joins the whole household table for the members' outer join).
     */
    private static String from(String table, String alias, boolean byStreet) {
        return byStreet ? " FROM household h JOIN " + table + " " + alias + " ON " + alias + ".household_id = h.id"
                : " FROM " + table + " " + alias;
    }

    /**
     * The range condition on {@code alias.household_id}; for a street, also the street and the range on the
     * household's own id, so that whichever table a planner starts from, it reads only the chunk.
     */
    private static String where(String alias, boolean byStreet) {
        String own = alias + ".household_id > ? AND " + alias + ".household_id <= ?";
        return byStreet ? " WHERE h.street = ? AND h.id > ? AND h.id <= ? AND " + own : " WHERE " + own;
    }
}
