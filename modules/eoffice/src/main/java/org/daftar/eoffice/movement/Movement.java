package org.daftar.eoffice.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of an item's movement history.
 *
 * @param action       {@code Created}, {@code Sent}, {@code PulledBack}, {@code Parked}, {@code Activated},
 *                     {@code Closed} or {@code Reopened}
 * @param fromPost     the desk that acted
 * @param toPost       for a send, the receiving desk
 * @param readAt       for a send, when the receiver opened it
 * @param pulledBackAt for a send, when the sender took it back unopened
 */
public record Movement(long id, UUID itemId, String action, long fromPost, Long toPost, String username,
                       String remarks, String priority, LocalDate dueDate, Instant at, Instant readAt,
                       Instant pulledBackAt) {
}
