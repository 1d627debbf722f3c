package org.daftar.eoffice.receipt;

import org.daftar.eoffice.item.Item;
import org.daftar.repository.node.Node;

/**
 * A diarised receipt with its whereabouts.
 *
 * @param node   the {@code eo:receipt} document (its content is the scanned letter for an electronic receipt)
 * @param frozen whether it has moved, so received date, letter date and delivery mode can no longer change
 * @param pages  for a receipt put into a file, its page range there, e.g. {@code 3-4}; else {@code null}
 */
public record Receipt(Item item, Node node, boolean frozen, String pages) {
}
