package org.daftar.eoffice.numbering;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daftar.eoffice.InvalidRequestException;

/**
 * A receipt's diary number {@code serial/year/office-code}, e.g. {@code 81829/2023/ARC-DARPG}; Hindi receipts carry the
 * CSMOP mark {@code -H} after the serial ({@code 205-H/2010/O&M}). Unique per office and year.
 */
public record DiaryNumber(long serial, int year, String officeCode, boolean hindi) {

    private static final Pattern FORM = Pattern.compile("^([1-9][0-9]{0,8})(-H)?/([0-9]{4})/([A-Za-z0-9&.()-]{1,40})$");

    public String text() {
        return serial + (hindi ? "-H" : "") + "/" + year + "/" + officeCode;
    }

    @Override
    public String toString() {
        return text();
    }

    public static DiaryNumber parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new InvalidRequestException("Diary number '" + text + "' is not serial/year/office, e.g. 81829/2023/ARC-DARPG");
        }
        return new DiaryNumber(Long.parseLong(m.group(1)), Integer.parseInt(m.group(3)), m.group(4), m.group(2) != null);
    }
}
