package org.daftar.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A constraint on property values, one of Alfresco's four built-in kinds. {@link #check(Object)} returns a
 * readable problem for a value that breaks it; values are already of the property's Java type (String, Long,
 * Double, ...), one value at a time for multi-valued properties.
 */
public sealed interface Constraint {

    /** The constraint's qualified name, e.g. {@code eo:gradingList}. */
    String name();

    /** The kind as written in the model's {@code type} attribute. */
    String kind();

    /** A description of the problem if {@code value} breaks this constraint. */
    Optional<String> check(Object value);

    /** {@code LIST}: the value must be one of a closed set. */
    record ListConstraint(String name, List<String> allowedValues, boolean caseSensitive) implements Constraint {
        public ListConstraint {
            allowedValues = List.copyOf(allowedValues);
        }

        @Override
        public String kind() {
            return "LIST";
        }

        @Override
        public Optional<String> check(Object value) {
            String text = String.valueOf(value);
            boolean allowed = allowedValues.stream()
                    .anyMatch(v -> caseSensitive ? v.equals(text) : v.equalsIgnoreCase(text));
            return allowed ? Optional.empty()
                    : Optional.of("'" + text + "' is not one of " + String.join(", ", allowedValues));
        }
    }

    /** {@code REGEX}: the whole value must match (or, with {@code requiresMatch=false}, must not match). */
    record RegexConstraint(String name, Pattern expression, boolean requiresMatch) implements Constraint {
        @Override
        public String kind() {
            return "REGEX";
        }

        @Override
        public Optional<String> check(Object value) {
            String text = String.valueOf(value);
            boolean matches = expression.matcher(text).matches();
            if (matches == requiresMatch) {
                return Optional.empty();
            }
            return Optional.of(requiresMatch
                    ? "'" + text + "' does not have the required form " + expression.pattern()
                    : "'" + text + "' contains characters or a form that is not allowed");
        }
    }

    /** {@code LENGTH}: the text length in characters must lie within bounds. */
    record LengthConstraint(String name, int minLength, int maxLength) implements Constraint {
        @Override
        public String kind() {
            return "LENGTH";
        }

        @Override
        public Optional<String> check(Object value) {
            int length = String.valueOf(value).codePointCount(0, String.valueOf(value).length());
            if (length < minLength || length > maxLength) {
                return Optional.of("length " + length + " is outside " + minLength + ".." + maxLength);
            }
            return Optional.empty();
        }
    }

    /** {@code MINMAX}: a numeric value must lie within bounds (inclusive). */
    record MinMaxConstraint(String name, BigDecimal minValue, BigDecimal maxValue) implements Constraint {
        @Override
        public String kind() {
            return "MINMAX";
        }

        @Override
        public Optional<String> check(Object value) {
            if (!(value instanceof Number number)) {
                return Optional.of("'" + value + "' is not a number");
            }
            BigDecimal decimal = new BigDecimal(number.toString());
            if (decimal.compareTo(minValue) < 0 || decimal.compareTo(maxValue) > 0) {
                return Optional.of(number + " is outside " + minValue.toPlainString() + ".." + maxValue.toPlainString());
            }
            return Optional.empty();
        }
    }
}
