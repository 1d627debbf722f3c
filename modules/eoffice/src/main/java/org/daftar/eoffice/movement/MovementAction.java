package org.daftar.eoffice.movement;

import java.time.LocalDate;

/**
 * What happened to a file or receipt, one entry of its movement history. Sealed: the history, the holder and the
 * pendency follow from these seven and nothing else.
 */
public sealed interface MovementAction {

    /** The stored name. */
    String name();

    /** Opened (a file) or diarised (a receipt) at its creating desk. */
    record Created() implements MovementAction {
        public String name() {
            return "Created";
        }
    }

    /** Sent to another desk, which holds it from now on. */
    record Sent(long toPost, Priority priority, LocalDate dueDate) implements MovementAction {
        public String name() {
            return "Sent";
        }
    }

    /** Taken back by the sender before the receiver opened it. */
    record PulledBack() implements MovementAction {
        public String name() {
            return "PulledBack";
        }
    }

    /** Taken out of pendency while waiting for something outside. */
    record Parked() implements MovementAction {
        public String name() {
            return "Parked";
        }
    }

    /** Back into pendency from parked. */
    record Activated() implements MovementAction {
        public String name() {
            return "Activated";
        }
    }

    /** Closed by its creating desk. */
    record Closed() implements MovementAction {
        public String name() {
            return "Closed";
        }
    }

    /** Reopened by the desk that closed it. */
    record Reopened() implements MovementAction {
        public String name() {
            return "Reopened";
        }
    }
}
