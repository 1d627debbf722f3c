package org.daftar.eoffice.item;

import org.daftar.eoffice.RuleViolationException;

/**
 * Where an item stands in its life: active (in someone's pendency), parked (out of pendency, waiting for something
 * outside) or closed (by its creator). Sealed so every transition is decided in one place.
 */
public sealed interface ItemStatus {

    /** The stored name. */
    String name();

    record Active() implements ItemStatus {
        public String name() {
            return "Active";
        }
    }

    record Parked() implements ItemStatus {
        public String name() {
            return "Parked";
        }
    }

    record Closed() implements ItemStatus {
        public String name() {
            return "Closed";
        }
    }

    ItemStatus ACTIVE = new Active();
    ItemStatus PARKED = new Parked();
    ItemStatus CLOSED = new Closed();

    static ItemStatus parse(String name) {
        return switch (name) {
            case "Active" -> ACTIVE;
            case "Parked" -> PARKED;
            case "Closed" -> CLOSED;
            default -> throw new IllegalStateException("Unknown item status " + name);
        };
    }

    /** Refuses work on an item that is not active (parked or closed items do not move, take notes or drafts). */
    default void requireActive(String what) {
        switch (this) {
            case Active a -> { }
            case Parked p -> throw new RuleViolationException(what + " is parked; make it active first");
            case Closed c -> throw new RuleViolationException(what + " is closed; reopen it first");
        }
    }
}
