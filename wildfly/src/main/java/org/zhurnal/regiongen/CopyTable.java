package org.zhurnal.regiongen;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows of one table, collected in PostgreSQL's COPY text format and sent with {@code COPY … FROM STDIN}.
 * Values are written in the column order given; {@code null} becomes {@code \N}.
 */
final class CopyTable {

    private final String table;
    private final String columns;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
    private final StringBuilder line = new StringBuilder(256);
    private long rows;
    private long pendingRows;

    CopyTable(String table, String... columns) {
        this.table = table;
        this.columns = String.join(", ", columns);
    }

    String name() {
        return table;
    }

    /** Appends one row. */
    void row(Object... values) {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            append(values[i]);
        }
        line.append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(bytes, 0, bytes.length);
        rows++;
        pendingRows++;
    }

    long rows() {
        return rows;
    }

    /** The rows collected and not yet sent, in COPY text format. */
    String pending() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** Sends the collected rows and empties the buffer. */
    void flush(Connection connection) throws SQLException {
        if (pendingRows == 0) {
            return;
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try {
            copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN",
                    new ByteArrayInputStream(buffer.toByteArray()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
        buffer.reset();
        pendingRows = 0;
    }

    private void append(Object value) {
        if (value == null) {
            line.append("\\N");
        } else if (value instanceof String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        } else if (value instanceof Boolean flag) {
            line.append(flag ? 't' : 'f');
        } else if (value instanceof LocalDate || value instanceof LocalTime) {
            line.append(value);
        } else {
            line.append(value);
        }
    }
}
