package org.doudi.registry.internal.imports;

import java.util.List;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.Expenditure;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.Member;

/**
 * One parsed row of an import file: a member, the member's economic facts (not yet tied to a person id) with the
 * column each came from, the household columns as the row gives them, and the current assistance on the head's row.
 *
 * @param line         the row's first physical line
 * @param cells        the row's cells by {@link ImportColumn} ordinal (the household columns are compared by them)
 * @param member       the member, without person id
 * @param incomes      income items with their columns
 * @param assets       assets with their columns
 * @param expenditures rigid expenditures with their columns
 * @param enrolment    the household's current assistance (head's row only), or null
 */
record MemberRow(long line, String[] cells, Member member, List<Located<IncomeItem>> incomes,
        List<Located<Asset>> assets, List<Located<Expenditure>> expenditures, MigratedEnrolment enrolment) {

    /** The row's cell in {@code column}, or null when empty. */
    String cell(ImportColumn column) {
        return cells[column.ordinal()];
    }

    /**
     * A fact of a row with the column it was read from, to report a broken rule at its line and column.
     *
     * @param item   the fact
     * @param column its column
     */
    record Located<T>(T item, ImportColumn column) {
    }
}
