package org.daftar.repository;

import java.util.List;
import java.util.stream.Collectors;
import org.daftar.repository.property.PropertyViolation;

/** Property values that break the content model; lists every violation, not just the first. */
public final class InvalidPropertiesException extends RepositoryException {
    private final List<PropertyViolation> violations;

    public InvalidPropertiesException(List<PropertyViolation> violations) {
        super("Invalid properties: " + violations.stream().map(PropertyViolation::toString)
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<PropertyViolation> violations() {
        return violations;
    }
}
