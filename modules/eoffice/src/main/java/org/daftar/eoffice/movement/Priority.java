package org.daftar.eoffice.movement;

import java.util.Arrays;
import org.daftar.eoffice.InvalidRequestException;

/** How urgently the receiving desk must act. */
public enum Priority {
    Normal("Normal"), Immediate("Immediate"), MostImmediate("Most Immediate");

    private final String text;

    Priority(String text) {
        this.text = text;
    }

    /** As stored and shown: "Most Immediate". */
    public String text() {
        return text;
    }

    /** Parses "Normal", "Immediate" or "Most Immediate" ({@code null} meaning Normal). */
    public static Priority parse(String value) {
        if (value == null || value.isBlank()) {
            return Normal;
        }
        return Arrays.stream(values()).filter(p -> p.text.equals(value) || p.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidRequestException(
                        "priority must be Normal, Immediate or Most Immediate, not '" + value + "'"));
    }
}
