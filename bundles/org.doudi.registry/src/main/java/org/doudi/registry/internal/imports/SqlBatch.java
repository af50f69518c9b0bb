package org.doudi.registry.internal.imports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;

/** One INSERT statement filled row by row and sent as a JDBC batch; null values go in as typed NULLs. */
final class SqlBatch implements AutoCloseable {
    private final PreparedStatement statement;
    private int column;
    private int rows;

    SqlBatch(Connection c, String table, String... columns) throws SQLException {
        statement = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.length, "?")) + ")");
    }

    SqlBatch text(String value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.VARCHAR);
        } else {
            statement.setString(++column, value);
        }
        return this;
    }

    SqlBatch name(Enum<?> value) throws SQLException {
        return text(value == null ? null : value.name());
    }

    SqlBatch integer(Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.INTEGER);
        } else {
            statement.setInt(++column, value);
        }
        return this;
    }

    SqlBatch bigint(long value) throws SQLException {
        statement.setLong(++column, value);
        return this;
    }

    SqlBatch bool(boolean value) throws SQLException {
        statement.setBoolean(++column, value);
        return this;
    }

    SqlBatch date(LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.DATE);
        } else {
            statement.setDate(++column, Date.valueOf(value));
        }
        return this;
    }

    SqlBatch timestamp(Timestamp value) throws SQLException {
        statement.setTimestamp(++column, value);
        return this;
    }

    SqlBatch money(BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.DECIMAL);
        } else {
            statement.setBigDecimal(++column, value);
        }
        return this;
    }

    /** Ends the row. */
    void add() throws SQLException {
        statement.addBatch();
        column = 0;
        rows++;
    }

    /** Sends the rows added since the last call. */
    void execute() throws SQLException {
        if (rows > 0) {
            rows = 0;
            statement.executeBatch();
        }
    }

    /** Drops the rows added since the last execute (after a failed chunk). */
    void clear() throws SQLException {
        statement.clearBatch();
        rows = 0;
        column = 0;
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
