package org.daftar.server.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.EofficeException;
import org.daftar.eoffice.RuleViolationException;
import org.daftar.eoffice.receipt.Receipt;
import org.daftar.repository.InvalidPropertiesException;
import org.daftar.repository.RepositoryException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Correcting a receipt's diary entry from its page (the holding desk). Only the fields that differ from the stored
 * entry go to the service, so an unchanged frozen field never counts as a change; the service decides what may change
 * (received date, letter date and delivery mode are frozen after the first movement) and a refusal comes back next to
 * its field, with what was typed.
 */
@Controller
public class ReceiptEditController {

    /** Free-text fields of the letter and of its sender, in form order (request names of {@code Receipts.update}). */
    static final List<String> LETTER_FIELDS = List.of("subject", "letterNumber", "category", "subCategory",
            "enclosures", "remarks");
    static final List<String> SENDER_FIELDS = List.of("senderName", "senderDesignation", "senderOrganisation",
            "senderAddress", "senderCity", "senderState", "senderPin", "senderEmail", "senderMobile");
    /** The fields frozen once the receipt has moved. */
    static final List<String> FROZEN_FIELDS = List.of("letterDate", "receivedDate", "deliveryMode");

    private final Eoffice eoffice;
    private final ActingDeskChoice actingDesk;
    private final WebProblems problems;
    private final ModelLabels labels;

    public ReceiptEditController(Eoffice eoffice, ActingDeskChoice actingDesk, WebProblems problems,
                                 ModelLabels labels) {
        this.eoffice = eoffice;
        this.actingDesk = actingDesk;
        this.problems = problems;
        this.labels = labels;
    }

    /**
     * The form's values: what was typed into a refused form, else the stored entry; a frozen field always shows what
     * is stored (a refused change to it is not offered back).
     */
    static Map<String, String> values(Map<String, Object> properties, Map<String, String> typed, boolean frozen) {
        Map<String, String> values = new HashMap<>();
        Stream.of(LETTER_FIELDS, SENDER_FIELDS, FROZEN_FIELDS).flatMap(List::stream).forEach(field -> {
            Object stored = properties.get("eo:" + field);
            values.put(field, stored == null ? "" : stored.toString());
        });
        values.put("vip", Boolean.TRUE.equals(properties.get("eo:vip")) ? "on" : "");
        if (typed != null) {
            typed.forEach((field, value) -> {
                if (!(frozen && FROZEN_FIELDS.contains(field))) {
                    values.put(field, value);
                }
            });
            if (typed.containsKey("_vip") && !typed.containsKey("vip")) {
                values.put("vip", "");
            }
        }
        return values;
    }

    @PostMapping("/receipts/{id}/edit")
    public String edit(@PathVariable UUID id, @RequestParam Map<String, String> form, Principal user,
                       HttpSession session, Locale locale, RedirectAttributes redirect) {
        Map<String, String> typed = new HashMap<>(form);
        typed.remove("_csrf");
        try {
            ActingDesk desk = actingDesk.of(user, session);
            Receipt receipt = eoffice.receipts().get(user.getName(), id);
            Map<String, Object> changes = changes(receipt.node().properties(), form);
            if (!changes.isEmpty()) {
                eoffice.receipts().update(desk, id, changes);
            }
            redirect.addFlashAttribute("done", true);
            return "redirect:/receipts/" + id;
        } catch (FieldRefusal refusal) {
            redirect.addFlashAttribute("fieldProblems", Map.of("edit." + refusal.field(),
                    problems.text(refusal.messageKey(), refusal.arguments(), locale)));
        } catch (InvalidPropertiesException e) {
            redirect.addFlashAttribute("problem", problems.of(e, locale));
            redirect.addFlashAttribute("fieldProblems", e.violations().stream().collect(Collectors.toMap(
                    v -> "edit." + v.property().replace("eo:", ""), v -> v.message(), (a, b) -> a + "; " + b)));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", problems.of(e, locale));
            Object field = e.details().get("field");
            if (field != null) {
                Object frozen = e.details().get("frozenValue");
                redirect.addFlashAttribute("fieldProblems", Map.of("edit." + field, problems.text("receiptEdit.frozen",
                        new Object[] {frozen == null ? "—" : labels.display("eo:" + field, frozen, locale)}, locale)));
            }
        } catch (EofficeException | RepositoryException e) {
            redirect.addFlashAttribute("problem", problems.of(e, locale));
        }
        redirect.addFlashAttribute("problemForm", "edit");
        redirect.addFlashAttribute("typed", typed);
        return "redirect:/receipts/" + id;
    }

    /** The posted fields that differ from the stored entry (blank = remove); absent fields are left alone. */
    private static Map<String, Object> changes(Map<String, Object> stored, Map<String, String> form) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String field : Stream.of(LETTER_FIELDS, SENDER_FIELDS, FROZEN_FIELDS).flatMap(List::stream).toList()) {
            if (!form.containsKey(field)) {
                continue;
            }
            String value = form.get(field).isBlank() ? null : form.get(field).strip();
            if (value != null && (field.equals("letterDate") || field.equals("receivedDate"))) {
                value = DeskActions.date(field, value, false).toString();
            }
            Object current = stored.get("eo:" + field);
            if (!Objects.equals(current == null ? null : current.toString(), value)) {
                changes.put(field, value);
            }
        }
        // A checkbox sends nothing when unticked: the hidden "_vip" says the box was on the form.
        if (form.containsKey("_vip")) {
            boolean vip = "on".equals(form.get("vip"));
            if (vip != Boolean.TRUE.equals(stored.get("eo:vip"))) {
                changes.put("vip", vip);
            }
        }
        return changes;
    }
}
