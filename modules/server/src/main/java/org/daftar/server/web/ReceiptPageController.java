package org.daftar.server.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.EofficeException;
import org.daftar.eoffice.EofficeNotFoundException;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.efile.NewFile;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.movement.DeskFolders;
import org.daftar.eoffice.movement.Priority;
import org.daftar.eoffice.receipt.Receipt;
import org.daftar.repository.InvalidPropertiesException;
import org.daftar.repository.RepositoryException;
import org.daftar.server.ocr.ReceiptScanOcr;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A receipt as the dak screens show it: its diary entry (diary number, sender, letter number and date, received date,
 * mode, grading, VIP), the scanned letter, where it has been, and the holding desk's actions (correcting the entry is
 * {@link ReceiptEditController}); and "create file from receipt": a new file with the receipt's subject, category
 * and grading, the receipt put in it as its first pages.
 */
@Controller
public class ReceiptPageController {

    static final List<String> RETENTION = List.of("A", "B", "C-1", "C-3", "C-5", "C-10");

    private final Eoffice eoffice;
    private final ActingDeskChoice actingDesk;
    private final DeskPicker picker;
    private final ReceiptScanOcr scans;
    private final WebProblems problems;
    private final TransactionTemplate transaction;

    public ReceiptPageController(Eoffice eoffice, ActingDeskChoice actingDesk, DeskPicker picker, ReceiptScanOcr scans,
                                 WebProblems problems, PlatformTransactionManager transactions) {
        this.eoffice = eoffice;
        this.actingDesk = actingDesk;
        this.picker = picker;
        this.scans = scans;
        this.problems = problems;
        this.transaction = new TransactionTemplate(transactions);
    }

    @GetMapping("/receipts/{id}")
    public String receipt(@PathVariable UUID id, Principal user, HttpSession session, Locale locale, Model model) {
        Receipt receipt;
        try {
            receipt = eoffice.receipts().get(user.getName(), id);
        } catch (EofficeNotFoundException e) {
            // A document of type eo:receipt made outside the e-Office (a repository import): show it as a document.
            return "redirect:/documents/" + id + "?view=document";
        }
        ActingDesk desk = actingDesk.orNull(user, session);
        ItemActions actions = ItemActions.of(eoffice, user.getName(), receipt.item(), desk);
        if (actions.held()) {
            eoffice.movements().open(desk, id, ItemKind.receipt);
        }
        model.addAttribute("receipt", receipt);
        model.addAttribute("p", receipt.node().properties());
        model.addAttribute("actions", actions);
        model.addAttribute("desk", desk);
        model.addAttribute("inFile", receipt.item().inFile() == null ? null
                : eoffice.files().get(user.getName(), receipt.item().inFile()));
        model.addAttribute("scanPages", receipt.node().content() == null || receipt.node().content().size() == 0
                ? 0 : scans.pageCount(id));
        model.addAttribute("choices", actions.canSend() ? picker.choices(desk.officeId(), desk.postId(), locale) : List.of());
        model.addAttribute("priorities", Arrays.stream(Priority.values()).map(Priority::toString).toList());
        model.addAttribute("editValues", ReceiptEditController.values(receipt.node().properties(),
                "edit".equals(model.getAttribute("problemForm")) ? typed(model) : null, receipt.frozen()));
        model.addAttribute("deliveryModes", DakPageController.DELIVERY_MODES);
        model.addAttribute("heldFiles", actions.canSend()
                ? eoffice.folders().list(desk.postId(), DeskFolders.Folder.inbox, "file", 0, 200) : List.of());
        return "receipt";
    }

    @GetMapping("/receipts/{id}/new-file")
    public String newFileForm(@PathVariable UUID id, Principal user, HttpSession session, Model model) {
        Receipt receipt = eoffice.receipts().get(user.getName(), id);
        ActingDesk desk = actingDesk.of(user, session);
        Map<String, Object> p = receipt.node().properties();
        Map<String, String> values = new HashMap<>();
        values.put("subject", receipt.item().subject());
        values.put("category", p.get("eo:category") == null ? "" : p.get("eo:category").toString());
        values.put("grading", receipt.item().grading().toString());
        values.put("retentionCategory", "C-5");
        return newFileForm(model, receipt, desk, values, null, Map.of());
    }

    /** Opens the file and puts the receipt in it in one transaction: either both are done or neither. */
    @PostMapping("/receipts/{id}/new-file")
    public String createFile(@PathVariable UUID id, @RequestParam Map<String, String> form, Principal user,
                             HttpSession session, Locale locale, Model model) {
        Receipt receipt = eoffice.receipts().get(user.getName(), id);
        ActingDesk desk = actingDesk.of(user, session);
        Map<String, String> values = new HashMap<>(form);
        values.remove("_csrf");
        try {
            String subject = DeskActions.required("subject", form.get("subject"));
            EFile file = transaction.execute(status -> {
                EFile created = eoffice.files().create(desk, new NewFile(blankToNull(form.get("head")), null, subject,
                        blankToNull(form.get("category")), null, null, blankToNull(form.get("retentionCategory")),
                        blankToNull(form.get("grading"))));
                eoffice.receipts().putInFile(desk, id, created.item().nodeId(), scans.pageCount(id));
                return created;
            });
            return "redirect:/files/" + file.item().nodeId();
        } catch (FieldRefusal refusal) {
            return newFileForm(model, receipt, desk, values, null, Map.of(refusal.field(),
                    problems.text(refusal.messageKey(), refusal.arguments(), locale)));
        } catch (InvalidPropertiesException e) {
            return newFileForm(model, receipt, desk, values, problems.of(e, locale), e.violations().stream().collect(
                    Collectors.toMap(v -> v.property().replace("eo:", ""), v -> v.message(), (a, b) -> a + "; " + b)));
        } catch (EofficeException | RepositoryException e) {
            return newFileForm(model, receipt, desk, values, problems.of(e, locale), Map.of());
        }
    }

    private String newFileForm(Model model, Receipt receipt, ActingDesk desk, Map<String, String> values,
                               WebProblems.Problem problem, Map<String, String> fieldProblems) {
        model.addAttribute("receipt", receipt);
        model.addAttribute("values", values);
        model.addAttribute("problem", problem);
        model.addAttribute("fieldProblems", fieldProblems);
        model.addAttribute("heads", eoffice.organisation().fileHeads(desk.officeId()));
        model.addAttribute("retention", RETENTION);
        model.addAttribute("gradings", DakPageController.GRADINGS);
        return "receipt-new-file";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> typed(Model model) {
        return (Map<String, String>) model.getAttribute("typed");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
