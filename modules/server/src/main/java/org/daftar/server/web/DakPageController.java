package org.daftar.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.InputStream;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.EofficeException;
import org.daftar.eoffice.InvalidRequestException;
import org.daftar.eoffice.movement.Priority;
import org.daftar.eoffice.receipt.NewReceipt;
import org.daftar.eoffice.receipt.Receipt;
import org.daftar.repository.InvalidPropertiesException;
import org.daftar.repository.RepositoryException;
import org.daftar.server.ocr.ReceiptScanOcr;
import org.daftar.server.transfer.MalformedUploadException;
import org.daftar.server.transfer.StreamedMultipart;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The receipt counter: diarise an inward letter, electronic (scan attached, streamed) or physical (details only),
 * and optionally send it to a desk in the same step ("Generate &amp; Send").
 */
@Controller
public class DakPageController {

    static final List<String> DELIVERY_MODES = List.of("Post", "Speed Post", "Registered Post", "Hand", "Courier",
            "Email", "Fax", "Electronic");
    static final List<String> GRADINGS = List.of("Normal", "Confidential", "Secret");

    private final Eoffice eoffice;
    private final ActingDeskChoice actingDesk;
    private final WebProblems problems;
    private final ReceiptScanOcr scanOcr;
    private final DeskPicker picker;

    public DakPageController(Eoffice eoffice, ActingDeskChoice actingDesk, WebProblems problems, ReceiptScanOcr scanOcr,
                             DeskPicker picker) {
        this.eoffice = eoffice;
        this.actingDesk = actingDesk;
        this.problems = problems;
        this.scanOcr = scanOcr;
        this.picker = picker;
    }

    @GetMapping("/dak/new")
    public String form(Principal user, HttpSession session, Locale locale, Model model) {
        ActingDesk desk = actingDesk.of(user, session);
        Map<String, String> values = new HashMap<>();
        values.put("receivedDate", LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).toString());
        return show(model, desk, values, null, null, locale);
    }

    /** The form posts multipart (the scan is streamed), so its CSRF token travels in the query string. */
    @PostMapping("/dak")
    public String diarise(HttpServletRequest request, Principal user, HttpSession session, Locale locale, Model model,
                          RedirectAttributes redirect) {
        ActingDesk desk = actingDesk.of(user, session);
        Map<String, String> values = new HashMap<>();
        try {
            Receipt receipt = StreamedMultipart.read(request,
                    (fields, fileName, contentType, scan) -> store(desk, remember(fields, values), scan, contentType, locale),
                    fields -> store(desk, remember(fields, values), null, null, locale));
            scanOcr.queue(receipt);
            redirect.addFlashAttribute("diarised", receipt.item().number());
            redirect.addFlashAttribute("diarisedId", receipt.item().nodeId());
            return "redirect:/dak/new";
        } catch (FieldRefusal e) {
            return show(model, desk, values, null, e, locale);
        } catch (EofficeException | RepositoryException | MalformedUploadException e) {
            return show(model, desk, values, problems.of(e, locale), e, locale);
        }
    }

    private Receipt store(ActingDesk desk, Map<String, String> f, InputStream scan, String contentType, Locale locale) {
        NewReceipt receipt = new NewReceipt(f.get("subject"), f.get("category"), f.get("subCategory"),
                f.get("senderName"), f.get("senderDesignation"), f.get("senderOrganisation"), f.get("senderAddress"),
                f.get("senderState"), f.get("senderCity"), f.get("senderPin"), f.get("senderEmail"), f.get("senderMobile"),
                f.get("letterNumber"), date(f, "letterDate"), date(f, "receivedDate"), f.get("deliveryMode"),
                f.get("grading"), "on".equals(f.get("vip")), scan != null, "on".equals(f.get("hindi")),
                f.get("enclosures"), f.get("remarks"));
        String sendTo = f.get("sendTo");
        if (sendTo == null || sendTo.isBlank()) {
            return eoffice.receipts().diarise(desk, receipt, scan, contentType);
        }
        // The desk is resolved before anything is stored: a refused desk diarises nothing.
        long to = picker.require("sendTo", desk.officeId(), desk.postId(), sendTo, locale);
        return eoffice.dak().generateAndSend(desk, receipt, scan, contentType, to, f.get("sendRemarks"),
                Priority.parse(f.get("priority")), date(f, "dueDate"));
    }

    /** Keeps what was typed (blank fields as absent), so a refused form comes back filled in. */
    private static Map<String, String> remember(StreamedMultipart.Fields fields, Map<String, String> values) {
        fields.values().forEach((name, sent) -> {
            if (!name.equals("_csrf") && !sent.getFirst().isBlank()) {
                values.put(name, sent.getFirst().strip());
            }
        });
        return values;
    }

    private static LocalDate date(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " '" + value + "' is not a date");
        }
    }

    private String show(Model model, ActingDesk desk, Map<String, String> values, WebProblems.Problem problem,
                        RuntimeException cause, Locale locale) {
        model.addAttribute("values", values);
        model.addAttribute("problem", problem);
        model.addAttribute("fieldProblems", cause instanceof InvalidPropertiesException invalid
                ? invalid.violations().stream().collect(Collectors.toMap(
                        v -> v.property().replace("eo:", ""), v -> v.message(), (a, b) -> a + "; " + b))
                : cause instanceof FieldRefusal refusal
                ? Map.of(refusal.field(), problems.text(refusal.messageKey(), refusal.arguments(), locale))
                : Map.of());
        model.addAttribute("deliveryModes", DELIVERY_MODES);
        model.addAttribute("gradings", GRADINGS);
        model.addAttribute("choices", picker.choices(desk.officeId(), desk.postId(), locale));
        model.addAttribute("priorities", Arrays.stream(Priority.values()).map(Priority::toString).toList());
        return "dak";
    }
}
