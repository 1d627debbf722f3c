package org.daftar.repository.access;

import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeStore;
import org.daftar.repository.user.UserAccount;
import org.daftar.repository.user.UserAccounts;

/**
 * The repository's own write rule for ordinary folders and documents: a node belongs to the user who created it.
 * Its owner and administrators may change, version, move, delete and restore it and add to it (a folder); nobody else
 * may. Any signed-in user may add to the repository root (what they add there is theirs).
 */
public final class OwnerWriteAccess implements WriteAccess {

    private final UserAccounts users;

    public OwnerWriteAccess(UserAccounts users) {
        this.users = users;
    }

    @Override
    public WriteDecision decide(String username, WriteOperation operation, Node node) {
        if (username.equals(node.createdBy()) || isAdmin(username)) {
            return WriteDecision.ALLOWED;
        }
        if (operation == WriteOperation.CREATE_CHILD && NodeStore.ROOT_ID.equals(node.id())) {
            return WriteDecision.ALLOWED;
        }
        String what = node.folder() ? "Folder" : "Document";
        return WriteDecision.refused(operation == WriteOperation.CREATE_CHILD
                ? what + " '" + node.name() + "' belongs to " + node.createdBy()
                        + "; only its owner or an administrator may add to it"
                : what + " '" + node.name() + "' belongs to " + node.createdBy()
                        + "; only its owner or an administrator may change, move or delete it");
    }

    private boolean isAdmin(String username) {
        return users.find(username).map(UserAccount::admin).orElse(false);
    }
}
