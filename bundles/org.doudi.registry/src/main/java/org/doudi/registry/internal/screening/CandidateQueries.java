package org.doudi.registry.internal.screening;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.doudi.api.Page;
import org.doudi.api.monitoring.ScreeningCandidate;

/** Lists a screening's candidates by street, then household: one page and the total. */
final class CandidateQueries {
    private static final String COLUMNS = "screening_id, household_id, street, members, per_capita_income,"
            + " monthly_amount, previously_refused, refused_on, refusal_rules";

    private final DataSource dataSource;

    CandidateQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Page<ScreeningCandidate> page(String screeningId, String street, int page, int size) throws SQLException {
        String where = " FROM screening_candidate WHERE screening_id = ?" + (street == null ? "" : " AND street = ?");
        try (Connection c = dataSource.getConnection();
                PreparedStatement count = c.prepareStatement("SELECT COUNT(*)" + where);
                PreparedStatement list = c.prepareStatement("SELECT " + COLUMNS + where
                        + " ORDER BY street, household_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            int i = bind(count, screeningId, street);
            long total;
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            i = bind(list, screeningId, street);
            list.setLong(i++, (long) page * size);
            list.setInt(i, size);
            List<ScreeningCandidate> items = new ArrayList<>();
            try (ResultSet rs = list.executeQuery()) {
                while (rs.next()) {
                    Date refusedOn = rs.getDate(8);
                    BigDecimal income = rs.getBigDecimal(5);
                    items.add(new ScreeningCandidate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            income, rs.getBigDecimal(6), rs.getBoolean(7),
                            refusedOn == null ? null : refusedOn.toLocalDate(), rs.getString(9)));
                }
            }
            return new Page<>(items, page, size, total);
        }
    }

    private static int bind(PreparedStatement ps, String screeningId, String street) throws SQLException {
        ps.setString(1, screeningId);
        if (street == null) {
            return 2;
        }
        ps.setString(2, street);
        return 3;
    }
}
