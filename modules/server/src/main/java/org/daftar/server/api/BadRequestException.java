package org.daftar.server.api;

/** A request the API cannot even pass on: bad parameters, a malformed upload. Answered with 400. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }

    public BadRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
