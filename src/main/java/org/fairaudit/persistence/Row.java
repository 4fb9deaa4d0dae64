package org.fairaudit.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The current row of a result set, read by column name with the conversions the schema uses. */
final class Row {
    private final ResultSet resultSet;

    Row(ResultSet resultSet) {
        this.resultSet = resultSet;
    }

    String string(String column) throws SQLException {
        return resultSet.getString(column);
    }

    byte[] bytes(String column) throws SQLException {
        return resultSet.getBytes(column);
    }

    java.io.InputStream binaryStream(String column) throws SQLException {
        return resultSet.getBinaryStream(column);
    }

    UUID uuid(String column) throws SQLException {
        return resultSet.getObject(column, UUID.class);
    }

    int integer(String column) throws SQLException {
        return resultSet.getInt(column);
    }

    long longValue(String column) throws SQLException {
        return resultSet.getLong(column);
    }

    Integer integerOrNull(String column) throws SQLException {
        int value = resultSet.getInt(column);
        return resultSet.wasNull() ? null : value;
    }

    Object object(String column) throws SQLException {
        return resultSet.getObject(column);
    }

    BigDecimal decimal(String column) throws SQLException {
        return resultSet.getBigDecimal(column);
    }

    boolean bool(String column) throws SQLException {
        return resultSet.getBoolean(column);
    }

    LocalDate date(String column) throws SQLException {
        return resultSet.getObject(column, LocalDate.class);
    }

    Instant instant(String column) throws SQLException {
        OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String column) throws SQLException {
        String name = resultSet.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }
}
