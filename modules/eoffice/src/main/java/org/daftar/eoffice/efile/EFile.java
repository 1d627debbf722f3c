package org.daftar.eoffice.efile;

import java.util.UUID;
import org.daftar.eoffice.item.Item;

/**
 * An e-file (or the record of a physical one) with its whereabouts.
 *
 * @param node        the {@code eo:file} folder (properties as in the content model)
 * @param notesheetId the file's {@code eo:notesheet} document
 */
public record EFile(Item item, org.daftar.repository.node.Node node, UUID notesheetId) {
}
