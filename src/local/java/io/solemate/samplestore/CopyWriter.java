package io.solemate.samplestore;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes rows to a PostgreSQL {@code COPY ... FROM STDIN} in text format, encoding straight into a byte buffer: at five
 * million rows, formatting through {@code String.format} or {@code DateTimeFormatter} would cost more than the
 * database does.
 */
final class CopyWriter {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private byte[] buffer = new byte[FLUSH_AT + 4096];
    private int length;
    private boolean rowStarted;
    private long rows;

    CopyWriter(CopyManager copyManager, String table, String columns) throws SQLException {
        this.copy = copyManager.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    CopyWriter number(long value) {
        separate();
        if (value < 0) {
            put('-');
            value = -value;
        }
        if (value >= 10) {
            int start = length;
            while (value > 0) {
                put((char) ('0' + value % 10));
                value /= 10;
            }
            reverse(start, length - 1);
        } else {
            put((char) ('0' + value));
        }
        return this;
    }

    /** A numeric with two decimals, from an amount in hundredths. */
    CopyWriter hundredths(long value) {
        number(value / 100);
        long cents = Math.abs(value % 100);
        put('.');
        put((char) ('0' + cents / 10));
        put((char) ('0' + cents % 10));
        return this;
    }

    CopyWriter decimal(double value) {
        return ascii(Double.toString(value));
    }

    CopyWriter real(Float value) {
        return value == null ? nullValue() : ascii(Float.toString(value));
    }

    CopyWriter bool(boolean value) {
        separate();
        put(value ? 't' : 'f');
        return this;
    }

    CopyWriter text(String value) {
        if (value == null) {
            return nullValue();
        }
        separate();
        if (!isAscii(value)) {
            // Rare (names from the imported catalog): escape and encode the whole string at once.
            byte[] bytes = escape(value).getBytes(StandardCharsets.UTF_8);
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> {
                    put('\\');
                    put('\\');
                }
                case '\t' -> {
                    put('\\');
                    put('t');
                }
                case '\n' -> {
                    put('\\');
                    put('n');
                }
                case '\r' -> {
                    put('\\');
                    put('r');
                }
                default -> put(c);
            }
        }
        return this;
    }

    /** A timestamptz in UTC from epoch seconds, as {@code yyyy-mm-dd hh:mm:ss+00}. */
    CopyWriter timestamp(long epochSecond) {
        long day = Math.floorDiv(epochSecond, 86_400L);
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
        date(day);
        put(' ');
        two(secondOfDay / 3600);
        put(':');
        two(secondOfDay / 60 % 60);
        put(':');
        two(secondOfDay % 60);
        put('+');
        put('0');
        put('0');
        return this;
    }

    CopyWriter date(LocalDate date) {
        return date(date.toEpochDay());
    }

    CopyWriter nullValue() {
        separate();
        put('\\');
        put('N');
        return this;
    }

    void endRow() throws SQLException {
        put('\n');
        rowStarted = false;
        rows++;
        if (length >= FLUSH_AT) {
            flush();
        }
    }

    /** Ends the COPY and returns the number of rows the server took. */
    long finish() throws SQLException {
        flush();
        long copied = copy.endCopy();
        if (copied != rows) {
            throw new SQLException("COPY took " + copied + " rows of " + rows);
        }
        return copied;
    }

    private CopyWriter date(long epochDay) {
        separate();
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm), without allocating a LocalDate.
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        four((int) year);
        put('-');
        two(month);
        put('-');
        two(day);
        return this;
    }

    private CopyWriter ascii(String value) {
        separate();
        for (int i = 0; i < value.length(); i++) {
            put(value.charAt(i));
        }
        return this;
    }

    private static boolean isAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private void two(int value) {
        put((char) ('0' + value / 10));
        put((char) ('0' + value % 10));
    }

    private void four(int value) {
        put((char) ('0' + value / 1000));
        put((char) ('0' + value / 100 % 10));
        put((char) ('0' + value / 10 % 10));
        put((char) ('0' + value % 10));
    }

    private void separate() {
        if (rowStarted) {
            put('\t');
        }
        rowStarted = true;
    }

    private void put(char asciiChar) {
        if (length == buffer.length) {
            ensure(1);
        }
        buffer[length++] = (byte) asciiChar;
    }

    private void reverse(int from, int to) {
        while (from < to) {
            byte swap = buffer[from];
            buffer[from++] = buffer[to];
            buffer[to--] = swap;
        }
    }

    private void ensure(int extra) {
        if (length + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
        }
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }
}
