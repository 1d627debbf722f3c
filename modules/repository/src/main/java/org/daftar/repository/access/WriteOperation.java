package org.daftar.repository.access;

/** What a change does to the node a {@link WriteAccess} rule is asked about. */
public enum WriteOperation {
    /** Add a folder or document to this folder (also the target of a move). */
    CREATE_CHILD,
    /** Rename, add or remove aspects, set or remove properties. */
    UPDATE,
    /** Store new content as the next version. */
    NEW_VERSION,
    /** Move to the trash (asked for the node and for everything below it). */
    DELETE,
    /** Bring back from the trash (asked for the node that was deleted). */
    RESTORE,
    /** Take out of its folder into another one (the target is asked {@link #CREATE_CHILD}). */
    MOVE
}
