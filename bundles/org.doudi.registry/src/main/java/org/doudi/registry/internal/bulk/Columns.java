package org.doudi.registry.internal.bulk;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads columns the way the registry's JPA mapping does: enums by name, dates as {@link LocalDate}, timestamps
 * as UTC wall-clock times, nullable numbers as null.
 */
final class Columns {

    private Columns() {
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** A TIMESTAMP written from a UTC {@link LocalDateTime} (as the entities keep them), as an instant. */
    static Instant utcInstant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static BigDecimal money(ResultSet rs, int column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        return v == null ? null : v.setScale(2);
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Enum.valueOf(type, s);
    }
}
