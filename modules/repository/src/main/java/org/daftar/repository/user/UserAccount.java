package org.daftar.repository.user;

/**
 * A person who signs in. The password is kept only as a hash made by the server's password encoder.
 *
 * @param username     lower-case login name
 * @param displayName  the name shown to others, in any script
 */
public record UserAccount(String username, String displayName, String passwordHash, boolean admin, boolean enabled) {

    @Override
    public String toString() {
        return "UserAccount[" + username + "]"; // never print the hash
    }
}
