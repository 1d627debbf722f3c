package org.daftar.server.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * How Indian offices write numbers and dates: lakh/crore digit grouping (18,75,000), dates as DD.MM.YYYY, times in
 * IST. Used by the templates as {@code @indianFormats}.
 */
@Component
public class IndianFormats {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String[] SIZE_UNITS = {"B", "KB", "MB", "GB", "TB"};

    /** 1875000 → "18,75,000": the last three digits, then groups of two. */
    public String number(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder grouped = new StringBuilder();
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            int fromEnd = length - i;
            grouped.append(digits.charAt(i));
            if (fromEnd > 1 && (fromEnd == 4 || (fromEnd > 4 && fromEnd % 2 == 0))) {
                grouped.append(',');
            }
        }
        return value < 0 ? "-" + grouped : grouped.toString();
    }

    /** An ISO date ({@code 2023-04-05}) as 05.04.2023; anything else is returned as it is. */
    public String date(Object value) {
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Instant instant) {
            return DATE.format(instant.atZone(INDIA));
        }
        if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return DATE.format(LocalDate.parse(text));
        }
        return value == null ? "" : value.toString();
    }

    /** An instant as date and time in IST, e.g. 05.04.2023 14:30. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(INDIA));
    }

    /** A byte count for people: 1536 → "1.5 KB". */
    public String size(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(java.util.Locale.ROOT, "%.1f %s", value, SIZE_UNITS[unit]);
    }
}
