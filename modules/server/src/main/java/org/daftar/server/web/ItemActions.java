package org.daftar.server.web;

import java.util.List;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.item.Item;
import org.daftar.eoffice.item.ItemStatus;
import org.daftar.eoffice.movement.HoldingPeriod;
import org.daftar.eoffice.movement.Movement;

/**
 * What a file's or receipt's page shows about its movement — the timeline of actions and who held it how long — and
 * which movement buttons the acting desk gets. The buttons only mirror the e-Office rules (the services still decide);
 * a button that would be refused is not offered.
 *
 * @param held        the acting desk holds the item
 * @param canSend     held, active and not inside a file
 * @param canPullBack the acting desk sent it last and the receiver has not opened it
 * @param canPark     held and active
 * @param canActivate held and parked
 * @param canClose    held, not closed, and created by the acting desk
 * @param canReopen   closed by the acting desk
 */
public record ItemActions(List<Movement> movements, List<HoldingPeriod> holders, boolean held, boolean canSend,
                          boolean canPullBack, boolean canPark, boolean canActivate, boolean canClose, boolean canReopen) {

    /** The timeline and buttons of {@code item} for {@code desk} ({@code null} when the user holds no post). */
    static ItemActions of(Eoffice eoffice, String username, Item item, ActingDesk desk) {
        List<Movement> movements = eoffice.movements().history(username, item.nodeId());
        List<HoldingPeriod> holders = eoffice.movements().holders(username, item.nodeId());
        if (desk == null) {
            return new ItemActions(movements, holders, false, false, false, false, false, false, false);
        }
        boolean held = item.holderPost() == desk.postId();
        ItemStatus status = item.status();
        boolean active = status instanceof ItemStatus.Active;
        boolean closed = status instanceof ItemStatus.Closed;
        Movement lastSend = movements.reversed().stream().filter(m -> m.action().equals("Sent")).findFirst().orElse(null);
        boolean canPullBack = lastSend != null && lastSend.fromPost() == desk.postId() && lastSend.readAt() == null
                && lastSend.pulledBackAt() == null && lastSend.toPost() != null && lastSend.toPost() == item.holderPost();
        Movement lastClose = movements.reversed().stream().filter(m -> m.action().equals("Closed")).findFirst().orElse(null);
        return new ItemActions(movements, holders, held, held && active && item.inFile() == null, canPullBack,
                held && active && item.inFile() == null, held && status instanceof ItemStatus.Parked,
                held && !closed && item.createdByPost() == desk.postId() && item.inFile() == null,
                closed && lastClose != null && lastClose.fromPost() == desk.postId());
    }
}
