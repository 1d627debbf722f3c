package org.daftar.eoffice;

/** The user asked to act for a post they do not currently hold. */
public final class DeskNotHeldException extends EofficeException {

    public DeskNotHeldException(String username, long postId) {
        super("User '" + username + "' does not hold post " + postId + "; act for one of your own posts");
    }

    public DeskNotHeldException(String message) {
        super(message);
    }
}
