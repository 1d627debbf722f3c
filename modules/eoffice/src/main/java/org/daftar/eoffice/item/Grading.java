package org.daftar.eoffice.item;

import java.util.Arrays;
import org.daftar.eoffice.InvalidRequestException;

/** Security grading; Confidential and Secret narrow who may read an item to the desks of its movement chain. */
public enum Grading {
    Normal, Confidential, Secret;

    /** Whether only the movement chain may read it. */
    public boolean restricted() {
        return this != Normal;
    }

    /** Parses a grading, {@code null} meaning Normal. */
    public static Grading parse(String value) {
        if (value == null || value.isBlank()) {
            return Normal;
        }
        return Arrays.stream(values()).filter(g -> g.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("grading must be Normal, Confidential or Secret, not '" + value + "'"));
    }
}
