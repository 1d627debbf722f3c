package org.daftar.eoffice;

/** The request itself is malformed or incomplete: a missing subject, an unknown grading, a number off the scheme. */
public final class InvalidRequestException extends EofficeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
