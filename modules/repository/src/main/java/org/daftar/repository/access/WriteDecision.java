package org.daftar.repository.access;

/** A {@link WriteAccess} rule's answer: the change may be made, or it is refused for a reason fit to show the caller. */
public sealed interface WriteDecision {

    /** The change may be made. */
    record Allowed() implements WriteDecision {
    }

    /**
     * The change is refused.
     *
     * @param reason why, and who may make it instead (shown to the caller as the 403 message)
     */
    record Refused(String reason) implements WriteDecision {
    }

    /** The one {@link Allowed} answer. */
    WriteDecision ALLOWED = new Allowed();

    /** A refusal for {@code reason}. */
    static WriteDecision refused(String reason) {
        return new Refused(reason);
    }
}
