package org.daftar.repository.property;

/**
 * One reason why a property value was refused.
 *
 * @param property the property's qualified name, e.g. {@code eo:grading}
 * @param message  what is wrong, readable by the person who sent the value
 */
public record PropertyViolation(String property, String message) {
    @Override
    public String toString() {
        return property + ": " + message;
    }
}
