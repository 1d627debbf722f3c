package org.daftar.eoffice.numbering;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file number in its office's scheme, with the volume (from 2 on, suffix {@code  (Vol.2)}) and part file (suffix
 * {@code  (Part-1)}) suffixes, e.g. {@code A-12011/3/2020-Ad.I (Vol.2)}.
 */
public record FileNumber(FileNumberScheme scheme, String head, long serial, int year, String section, int volume,
                         int part) {

    /** The number as written on the file cover. */
    public String text() {
        return scheme.format(head, serial, year, section) + Suffix.of(volume, part);
    }

    @Override
    public String toString() {
        return text();
    }

    /** The same file's next volume. */
    public FileNumber volume(int volume) {
        return new FileNumber(scheme, head, serial, year, section, volume, part);
    }

    /** A part file of this file. */
    public FileNumber part(int part) {
        return new FileNumber(scheme, head, serial, year, section, volume, part);
    }

    /** Any number (also a free-form legacy one) with its volume and part suffixes replaced. */
    public static String withSuffix(String number, int volume, int part) {
        return Suffix.split(number).base() + Suffix.of(volume, part);
    }

    /** The volume written in a number's suffix (1 without one). */
    public static int volumeOf(String number) {
        return Suffix.split(number).volume();
    }

    /** The part file written in a number's suffix (0 for a main file). */
    public static int partOf(String number) {
        return Suffix.split(number).part();
    }

    /** The volume and part suffixes of a number. */
    record Suffix(String base, int volume, int part) {
        private static final Pattern SUFFIXES = Pattern.compile("^(.*?)(?: \\(Vol\\.([1-9][0-9]{0,2})\\))?(?: \\(Part-([1-9][0-9]{0,2})\\))?$");

        static Suffix split(String number) {
            Matcher m = SUFFIXES.matcher(number == null ? "" : number.strip());
            m.matches();
            return new Suffix(m.group(1), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        }

        static String of(int volume, int part) {
            return (volume > 1 ? " (Vol." + volume + ")" : "") + (part > 0 ? " (Part-" + part + ")" : "");
        }
    }
}
