package org.daftar.ocr.input;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Walks a PDF's page tree without recursion before PDFBox does so recursively: a tree nested thousands of levels
 * deep would overflow the stack, and one that refers to itself would never end.
 */
final class PageTree {

    private record Level(COSDictionary node, int depth) {
    }

    private PageTree() {
    }

    /** The number of pages (leaves) the tree holds; refuses cycles, shared subtrees and excessive depth. */
    static int countPages(PDDocument document, InputLimits limits, String name) {
        COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        if (root == null) {
            throw new UnreadableScanException("'" + name + "' is a corrupt PDF (it has no page tree)");
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Level> pending = new ArrayDeque<>();
        pending.push(new Level(root, 1));
        int pages = 0;
        while (!pending.isEmpty()) {
            Level level = pending.pop();
            if (!isTreeNode(level.node())) {
                pages++;
                if (pages > limits.maxPages()) {
                    return pages; // enough to refuse it; the rest need not be walked
                }
                continue;
            }
            if (!seen.add(level.node())) {
                throw new OverBudgetException("'" + name + "' has a page tree that refers to itself (a damaged or"
                        + " malicious PDF); print it to PDF again or scan the paper");
            }
            if (level.depth() > limits.maxStructureDepth()) {
                throw new OverBudgetException("'" + name + "' has a page tree nested more than "
                        + limits.maxStructureDepth() + " levels deep (a damaged or malicious PDF); print it to PDF"
                        + " again or scan the paper");
            }
            COSArray kids = level.node().getCOSArray(COSName.KIDS);
            for (int i = kids == null ? -1 : kids.size() - 1; i >= 0; i--) {
                COSBase kid = kids.getObject(i);
                if (kid instanceof COSDictionary dictionary) {
                    pending.push(new Level(dictionary, level.depth() + 1));
                }
            }
        }
        return pages;
    }

    /** As PDFBox decides it: a node of type Pages, or any node with kids. */
    private static boolean isTreeNode(COSDictionary node) {
        return COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || node.containsKey(COSName.KIDS);
    }
}
