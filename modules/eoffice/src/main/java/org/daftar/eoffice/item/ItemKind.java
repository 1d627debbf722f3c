package org.daftar.eoffice.item;

/** What moves between desks: a file or a receipt. */
public enum ItemKind {
    file("eo:fileStatus", "File"), receipt("eo:receiptStatus", "Receipt");

    private final String statusProperty;
    private final String label;

    ItemKind(String statusProperty, String label) {
        this.statusProperty = statusProperty;
        this.label = label;
    }

    /** The node property mirroring the item's status. */
    public String statusProperty() {
        return statusProperty;
    }

    /** The word used in messages. */
    public String label() {
        return label;
    }
}
