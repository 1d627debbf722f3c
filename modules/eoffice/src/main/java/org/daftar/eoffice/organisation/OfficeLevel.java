package org.daftar.eoffice.organisation;

import java.util.Arrays;
import org.daftar.eoffice.InvalidRequestException;

/** Levels of the administrative hierarchy; any depth, any order of nesting. */
public enum OfficeLevel {
    State, Division, District, Tehsil, Block, Panchayat, Other;

    /** Parses a level name as stored, refusing unknown ones with the list of known ones. */
    public static OfficeLevel parse(String value) {
        return Arrays.stream(values()).filter(l -> l.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("Office level must be one of "
                        + Arrays.toString(values()) + ", not '" + value + "'"));
    }
}
