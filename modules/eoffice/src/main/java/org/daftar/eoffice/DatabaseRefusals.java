package org.daftar.eoffice;

import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Turns a constraint the database enforced (the last line of defence behind the checks in code) into a refusal
 * a person can act on: a duplicate is a conflict, any other violated check a rule violation naming the database's
 * reason.
 */
public final class DatabaseRefusals {

    private DatabaseRefusals() {
    }

    /** Runs {@code action}; a duplicate key becomes {@code duplicateMessage}, another violation a 409 with its cause. */
    public static <T> T guard(String duplicateMessage, Supplier<T> action) {
        try {
            return action.get();
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException(duplicateMessage);
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolationException("Refused by the database: " + reason(e));
        }
    }

    /** The database's own message, without the JDBC and SQL wrapping. */
    public static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        int where = message.indexOf("\n");
        message = where > 0 ? message.substring(0, where) : message;
        return message.replaceFirst("^ERROR: ", "");
    }
}
