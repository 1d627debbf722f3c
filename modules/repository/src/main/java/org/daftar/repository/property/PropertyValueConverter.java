package org.daftar.repository.property;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.daftar.model.DataType;

/**
 * Turns a value as received (JSON scalar or form text) into the stored form of its data type: text as String,
 * {@code d:int}/{@code d:long} as Long, {@code d:float}/{@code d:double} as Double, booleans as Boolean,
 * {@code d:date} as ISO {@code yyyy-MM-dd} and {@code d:datetime} as ISO-8601 with offset.
 */
final class PropertyValueConverter {

    /** The stored value, or an explanation of why the value does not fit the type. */
    sealed interface Result {
        record Converted(Object value) implements Result {
        }

        record Refused(String reason) implements Result {
        }
    }

    Result convert(DataType type, Object raw) {
        try {
            return new Result.Converted(switch (type) {
                case INT -> integral(raw, Integer.MIN_VALUE, Integer.MAX_VALUE, type);
                case LONG -> integral(raw, Long.MIN_VALUE, Long.MAX_VALUE, type);
                case FLOAT, DOUBLE -> decimal(raw);
                case BOOLEAN -> bool(raw);
                case DATE -> LocalDate.parse(text(raw)).toString();
                case DATETIME -> OffsetDateTime.parse(text(raw)).toString();
                case CONTENT -> throw new IllegalArgumentException("content is written as a content stream, not as a property");
                case ANY -> raw instanceof Number || raw instanceof Boolean ? raw : text(raw);
                default -> text(raw);
            });
        } catch (DateTimeParseException e) {
            return new Result.Refused("'" + raw + "' is not a " + (type == DataType.DATE
                    ? "date in the form YYYY-MM-DD" : "date-time in the form YYYY-MM-DDThh:mm:ss+05:30"));
        } catch (IllegalArgumentException e) {
            return new Result.Refused(e.getMessage());
        }
    }

    private static String text(Object raw) {
        if (raw instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("'" + raw + "' is not text");
    }

    private static long integral(Object raw, long min, long max, DataType type) {
        BigDecimal value = number(raw, type);
        try {
            long whole = value.longValueExact();
            if (whole < min || whole > max) {
                throw new IllegalArgumentException(raw + " is out of range for " + type.prefixedName());
            }
            return whole;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a whole number");
        }
    }

    private static double decimal(Object raw) {
        return number(raw, DataType.DOUBLE).doubleValue();
    }

    private static BigDecimal number(Object raw, DataType type) {
        if (raw instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (raw instanceof String s) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + s + "' is not a number");
            }
        }
        throw new IllegalArgumentException("'" + raw + "' is not a number (" + type.prefixedName() + ")");
    }

    private static boolean bool(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return Boolean.parseBoolean((String) raw);
        }
        throw new IllegalArgumentException("'" + raw + "' is not true or false");
    }
}
