package org.daftar.cmis.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.daftar.model.DataType;
import org.daftar.model.PropertyDefinition;

/**
 * Converts property values between the repository's stored forms (String, Long, Double, Boolean, ISO dates) and
 * CMIS's (String, BigInteger, BigDecimal, Boolean, GregorianCalendar).
 */
public final class PropertyValues {

    private PropertyValues() {
    }

    /** Stored value(s) as a list of CMIS values. */
    public static List<Object> toCmis(PropertyDefinition definition, Object stored) {
        List<Object> values = new ArrayList<>();
        for (Object value : stored instanceof Collection<?> c ? c : List.of(stored)) {
            values.add(toCmisValue(definition.dataType(), value));
        }
        return values;
    }

    private static Object toCmisValue(DataType type, Object value) {
        return switch (type) {
            case INT, LONG -> BigInteger.valueOf(((Number) value).longValue());
            case FLOAT, DOUBLE -> new BigDecimal(value.toString());
            case DATE -> calendar(LocalDate.parse(value.toString()).atStartOfDay(ZoneOffset.UTC));
            case DATETIME -> calendar(OffsetDateTime.parse(value.toString()).toZonedDateTime());
            case BOOLEAN -> value instanceof Boolean b ? b : Boolean.valueOf(value.toString());
            default -> value.toString();
        };
    }

    public static GregorianCalendar calendar(Instant instant) {
        return calendar(instant.atZone(ZoneOffset.UTC));
    }

    private static GregorianCalendar calendar(ZonedDateTime time) {
        return GregorianCalendar.from(time);
    }

    /** CMIS values sent by a client as the repository's input forms; {@code null} removes the property. */
    public static Object fromCmis(PropertyDefinition definition, PropertyData<?> data) {
        List<?> values = data.getValues();
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (!definition.multiple() && values.size() > 1) {
            throw new CmisInvalidArgumentException("Property '" + definition.name() + "' takes one value, not "
                    + values.size());
        }
        List<Object> converted = new ArrayList<>();
        for (Object value : values) {
            converted.add(fromCmisValue(definition, value));
        }
        return definition.multiple() ? converted : converted.getFirst();
    }

    private static Object fromCmisValue(PropertyDefinition definition, Object value) {
        if (value instanceof GregorianCalendar calendar) {
            OffsetDateTime time = calendar.toZonedDateTime().toOffsetDateTime();
            return switch (definition.dataType()) {
                case DATE -> time.toLocalDate().toString();
                case DATETIME -> time.toString();
                default -> throw new CmisConstraintException("Property '" + definition.name()
                        + "' does not take a date (expected " + definition.dataType().prefixedName() + ")");
            };
        }
        return value;
    }

}
