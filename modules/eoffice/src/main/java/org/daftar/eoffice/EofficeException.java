package org.daftar.eoffice;

/**
 * A request the e-Office refuses. Sealed so that each surface translates every kind explicitly; messages name the
 * item, desk or value concerned and say what to do instead.
 */
public abstract sealed class EofficeException extends RuntimeException
        permits EofficeNotFoundException, RuleViolationException, InvalidRequestException, DeskNotHeldException {

    protected EofficeException(String message) {
        super(message);
    }

    protected EofficeException(String message, Throwable cause) {
        super(message, cause);
    }
}
