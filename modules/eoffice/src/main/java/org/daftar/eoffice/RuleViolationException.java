package org.daftar.eoffice;

import java.util.Map;

/**
 * A state rule of office practice refuses the request (a green note edited, a pull back after the file was opened,
 * a send by a desk not holding the file…). {@link #details()} carries facts a client may show, e.g. the current
 * holder.
 */
public final class RuleViolationException extends EofficeException {

    private final Map<String, Object> details;

    public RuleViolationException(String message) {
        this(message, Map.of());
    }

    public RuleViolationException(String message, Map<String, Object> details) {
        super(message);
        this.details = Map.copyOf(details);
    }

    /** Facts about the refusal, e.g. {@code holderPostId}. */
    public Map<String, Object> details() {
        return details;
    }
}
