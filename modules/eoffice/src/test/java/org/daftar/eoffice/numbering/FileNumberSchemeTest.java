package org.daftar.eoffice.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.daftar.eoffice.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNumberSchemeTest {

    @ParameterizedTest(name = "{0} with head {1}, serial {2}, year {3}, section {4} gives {5}")
    @CsvSource(delimiter = '|', textBlock = """
            {head}/{serial}/{year}-{section}        | A-12011 | 3    | 2020 | Ad.I     | A-12011/3/2020-Ad.I
            {head}/{serial}/{year}-{section}        | N-11016 | 6    | 2016 | ARC-DARPG | N-11016/6/2016-ARC-DARPG
            {section}/{head}/{serial}/{year}        | 12      | 118  | 2024 | Rev      | Rev/12/118/2024
            {serial}/{year}                         |         | 7    | 2026 |          | 7/2026
            E-{serial}/{section}/{year}             |         | 4521 | 1999 | Estt     | E-4521/Estt/1999
            """)
    void formatsAndParsesBack(String template, String head, long serial, int year, String section, String expected) {
        FileNumberScheme scheme = FileNumberScheme.of(template);
        String number = scheme.format(head, serial, year, section);
        assertThat(number).isEqualTo(expected);
        FileNumber parsed = scheme.parse(number);
        assertThat(parsed.serial()).isEqualTo(serial);
        assertThat(parsed.year()).isEqualTo(template.contains("{year}") ? year : 0);
        assertThat(parsed.head()).isEqualTo(template.contains("{head}") ? head : null);
        assertThat(parsed.section()).isEqualTo(template.contains("{section}") ? section : null);
        assertThat(parsed.text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is volume {1}, part {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A-12011/3/2020-Ad.I                    | 1 | 0
            A-12011/3/2020-Ad.I (Vol.2)            | 2 | 0
            A-12011/3/2020-Ad.I (Part-1)           | 1 | 1
            A-12011/3/2020-Ad.I (Vol.3) (Part-2)   | 3 | 2
            """)
    void readsVolumeAndPartSuffixes(String number, int volume, int part) {
        FileNumber parsed = FileNumberScheme.of("{head}/{serial}/{year}-{section}").parse(number);
        assertThat(parsed.volume()).isEqualTo(volume);
        assertThat(parsed.part()).isEqualTo(part);
        assertThat(parsed.serial()).isEqualTo(3);
        assertThat(parsed.text()).isEqualTo(number);
    }

    @ParameterizedTest(name = "scheme {0} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            {head}/{year}-{section}
            {head}/{serial}/{serial}
            {head}/{serial}/{yr}
            '  '
            """)
    void refusesBadSchemes(String template) {
        assertThatThrownBy(() -> FileNumberScheme.of(template)).isInstanceOf(InvalidRequestException.class);
    }

    @ParameterizedTest(name = "{0} does not fit")
    @CsvSource(delimiter = '|', textBlock = """
            A-12011/x/2020-Ad.I
            A-12011/3/20-Ad.I
            A-12011/0/2020-Ad.I
            A-12011/3/2020
            """)
    void refusesNumbersOffTheScheme(String number) {
        assertThatThrownBy(() -> FileNumberScheme.of("{head}/{serial}/{year}-{section}").parse(number))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining(number);
    }

    @ParameterizedTest(name = "diary number {0}")
    @CsvSource(delimiter = '|', textBlock = """
            81829/2023/ARC-DARPG | 81829 | 2023 | ARC-DARPG | false
            205-H/2010/O&M       | 205   | 2010 | O&M       | true
            1/2026/COLL-SEH      | 1     | 2026 | COLL-SEH  | false
            """)
    void diaryNumbersRoundTrip(String text, long serial, int year, String office, boolean hindi) {
        DiaryNumber number = DiaryNumber.parse(text);
        assertThat(number).isEqualTo(new DiaryNumber(serial, year, office, hindi));
        assertThat(number.text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "diary number {0} is refused")
    @CsvSource({"0/2023/X", "12/23/X", "12/2023/", "12-E/2023/X"})
    void refusesMalformedDiaryNumbers(String text) {
        assertThatThrownBy(() -> DiaryNumber.parse(text)).isInstanceOf(InvalidRequestException.class);
    }
}
