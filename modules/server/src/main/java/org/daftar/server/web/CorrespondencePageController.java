package org.daftar.server.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.daftar.eoffice.Eoffice;
import org.daftar.server.ocr.ReceiptScanOcr;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Putting a receipt into a file, from either side: the file page offers the receipts held at the desk, the receipt
 * page the files held there. The receipt becomes correspondence with the next page range of the file, as many pages
 * as its scan has unless the desk says otherwise.
 */
@Controller
public class CorrespondencePageController {

    private static final int MAX_PAGES = 10_000;

    private final Eoffice eoffice;
    private final DeskActions actions;
    private final ReceiptScanOcr scans;

    public CorrespondencePageController(Eoffice eoffice, DeskActions actions, ReceiptScanOcr scans) {
        this.eoffice = eoffice;
        this.actions = actions;
        this.scans = scans;
    }

    @PostMapping("/files/{id}/correspondence")
    public String attach(@PathVariable UUID id, @RequestParam(defaultValue = "") String receipt,
                         @RequestParam(defaultValue = "") String pages, Principal user, HttpSession session,
                         Locale locale, RedirectAttributes redirect) {
        actions.run("attach", Map.of("receipt", receipt, "pages", pages), user, session, locale, redirect,
                desk -> {
                    UUID receiptId = item("receipt", receipt);
                    eoffice.receipts().putInFile(desk, receiptId, id, pages(pages, receiptId));
                });
        return "redirect:/files/" + id;
    }

    @PostMapping("/receipts/{id}/put-in-file")
    public String putInFile(@PathVariable UUID id, @RequestParam(defaultValue = "") String file,
                            @RequestParam(defaultValue = "") String pages, Principal user, HttpSession session,
                            Locale locale, RedirectAttributes redirect) {
        UUID[] fileId = new UUID[1];
        boolean done = actions.run("putInFile", Map.of("file", file, "pages", pages), user, session, locale, redirect,
                desk -> {
                    fileId[0] = item("file", file);
                    eoffice.receipts().putInFile(desk, id, fileId[0], pages(pages, id));
                });
        return done ? "redirect:/files/" + fileId[0] : "redirect:/receipts/" + id;
    }

    private static UUID item(String field, String value) {
        if (value.isBlank()) {
            throw new FieldRefusal(field, "form.required");
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new FieldRefusal(field, "form.required");
        }
    }

    /** The pages typed, or when blank the pages of the receipt's scan. */
    private int pages(String value, UUID receiptId) {
        if (value.isBlank()) {
            return scans.pageCount(receiptId);
        }
        try {
            int pages = Integer.parseInt(value.strip());
            if (pages >= 1 && pages <= MAX_PAGES) {
                return pages;
            }
        } catch (NumberFormatException e) {
            // refused below, with the page's own message
        }
        throw new FieldRefusal("pages", "form.pages", value, MAX_PAGES);
    }
}
