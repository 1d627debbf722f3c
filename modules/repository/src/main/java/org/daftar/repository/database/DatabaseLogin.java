package org.daftar.repository.database;

import java.util.Objects;

/**
 * A PostgreSQL role name and its password.
 *
 * @param user     the role
 * @param password its password; {@code null} when the server does not ask for one
 */
public record DatabaseLogin(String user, String password) {

    public DatabaseLogin {
        Objects.requireNonNull(user, "user");
    }

    /** Keeps the password out of logs and exception messages. */
    @Override
    public String toString() {
        return "DatabaseLogin[" + user + "]";
    }
}
