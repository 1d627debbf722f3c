package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IndianFormatsTest {

    private final IndianFormats formats = new IndianFormats();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "0|0", "7|7", "999|999", "1000|1,000", "99999|99,999", "100000|1,00,000", "1875000|18,75,000",
            "12345678|1,23,45,678", "1000000000|1,00,00,00,000", "-4479|-4,479"})
    void numbersAreGroupedInLakhsAndCrores(long value, String expected) {
        assertThat(formats.number(value)).isEqualTo(expected);
    }

    @Test
    void datesAreWrittenDayMonthYearWithDots() {
        assertThat(formats.date(LocalDate.of(2023, 4, 5))).isEqualTo("05.04.2023");
        assertThat(formats.date("2026-01-19")).isEqualTo("19.01.2026");
        assertThat(formats.date("not a date")).isEqualTo("not a date");
    }

    @Test
    void timesAreShownInIndianStandardTime() {
        assertThat(formats.dateTime(Instant.parse("2023-04-05T20:00:00Z"))).isEqualTo("06.04.2023 01:30");
    }

    @ParameterizedTest(name = "{0} bytes → {1}")
    @CsvSource(delimiter = '|', value = {"0|0 B", "1023|1023 B", "1536|1.5 KB", "209715200|200.0 MB"})
    void sizesAreReadable(long bytes, String expected) {
        assertThat(formats.size(bytes)).isEqualTo(expected);
    }
}
