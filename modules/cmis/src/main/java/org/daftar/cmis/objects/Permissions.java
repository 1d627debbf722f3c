package org.daftar.cmis.objects;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.chemistry.opencmis.commons.data.Ace;
import org.apache.chemistry.opencmis.commons.data.Acl;
import org.apache.chemistry.opencmis.commons.data.AllowableActions;
import org.apache.chemistry.opencmis.commons.enums.Action;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AccessControlEntryImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AccessControlListImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AccessControlPrincipalDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AllowableActionsImpl;
import org.daftar.repository.access.ReadAccess;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeService;

/**
 * What a user may do with an object, and the read-only ACL CMIS discovers: the principals {@link ReadAccess} lets
 * read a node, each with {@code cmis:read} and {@code cmis:write} (in Daftar whoever may read a node may also change
 * it; the office rules that narrow writing live in the e-Office module).
 */
public final class Permissions {

    public static final String READ = "cmis:read";
    public static final String WRITE = "cmis:write";
    public static final String ALL = "cmis:all";

    private final ReadAccess access;

    public Permissions(ReadAccess access) {
        this.access = access;
    }

    public boolean canRead(String user, Node node) {
        return access.canRead(user, node);
    }

    public Acl acl(Node node) {
        List<Ace> aces = new ArrayList<>();
        for (String principal : access.readers(node).stream().sorted().toList()) {
            AccessControlEntryImpl ace = new AccessControlEntryImpl(new AccessControlPrincipalDataImpl(principal),
                    List.of(READ, WRITE));
            ace.setDirect(true);
            aces.add(ace);
        }
        AccessControlListImpl acl = new AccessControlListImpl(aces);
        acl.setExact(true);
        return acl;
    }

    public AllowableActions allowableActions(Subject subject, String user) {
        Node node = subject.node();
        Set<Action> actions = EnumSet.of(Action.CAN_GET_PROPERTIES, Action.CAN_GET_ACL);
        boolean root = node.parentId() == null;
        if (node.folder()) {
            actions.addAll(List.of(Action.CAN_UPDATE_PROPERTIES, Action.CAN_GET_FOLDER_TREE,
                    Action.CAN_GET_DESCENDANTS, Action.CAN_GET_CHILDREN, Action.CAN_CREATE_DOCUMENT,
                    Action.CAN_CREATE_FOLDER));
            if (!root) {
                actions.addAll(List.of(Action.CAN_GET_FOLDER_PARENT, Action.CAN_GET_OBJECT_PARENTS,
                        Action.CAN_DELETE_OBJECT, Action.CAN_DELETE_TREE, Action.CAN_MOVE_OBJECT));
            }
        } else {
            actions.addAll(List.of(Action.CAN_GET_CONTENT_STREAM, Action.CAN_GET_OBJECT_PARENTS,
                    Action.CAN_GET_ALL_VERSIONS));
            boolean checkedOut = subject.checkOut() != null;
            boolean holder = checkedOut && subject.checkOut().checkedOutBy().equals(user);
            if (subject.pwc()) {
                if (holder) {
                    actions.addAll(List.of(Action.CAN_UPDATE_PROPERTIES, Action.CAN_CHECK_IN,
                            Action.CAN_CANCEL_CHECK_OUT, Action.CAN_DELETE_OBJECT));
                }
            } else if (subject.isLatest()) {
                actions.addAll(List.of(Action.CAN_UPDATE_PROPERTIES, Action.CAN_DELETE_OBJECT, Action.CAN_MOVE_OBJECT));
                if (!checkedOut) {
                    actions.add(Action.CAN_CHECK_OUT);
                }
            }
        }
        AllowableActionsImpl result = new AllowableActionsImpl();
        result.setAllowableActions(actions);
        return result;
    }
}
