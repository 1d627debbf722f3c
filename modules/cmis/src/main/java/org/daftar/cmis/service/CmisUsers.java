package org.daftar.cmis.service;

/** Checks a CMIS client's Basic credentials against Daftar's users; supplied by the server. */
@FunctionalInterface
public interface CmisUsers {

    /** Whether the user exists, is enabled and the password is right. */
    boolean authenticate(String username, String password);
}
