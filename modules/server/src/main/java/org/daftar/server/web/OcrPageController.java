package org.daftar.server.web;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.daftar.ocr.Digitization;
import org.daftar.repository.NodeNotFoundException;
import org.daftar.repository.access.WriteOperation;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeService;
import org.daftar.server.ocr.OcrProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Re-OCR from the document page: queue a scan for OCR again with the languages and mode chosen, through the same
 * job queue as every other OCR; refused languages or mode come back next to their field.
 */
@Controller
public class OcrPageController {

    private final NodeService nodes;
    private final OcrProperties properties;
    private final Digitization digitization;
    private final OcrOptions options;
    private final MessageSource messages;

    public OcrPageController(NodeService nodes, Digitization digitization, OcrOptions options,
                             MessageSource messages, OcrProperties properties) {
        this.nodes = nodes;
        this.properties = properties;
        this.digitization = digitization;
        this.options = options;
        this.messages = messages;
    }

    @PostMapping("/documents/{id}/ocr")
    public String reOcr(@PathVariable UUID id, @RequestParam(defaultValue = "") String languages,
                        @RequestParam(defaultValue = "") String mode, Principal user, Locale locale,
                        RedirectAttributes redirect) {
        Node scan = nodes.get(id, user.getName());
        if (!scan.type().equals("eo:scan")) {
            throw new NodeNotFoundException(id);
        }
        // Reading a scan again replaces its text: a change, for those who may change the scan.
        nodes.requireAllowed(id, WriteOperation.NEW_VERSION, user.getName());
        redirect.addFlashAttribute("ocrValues", Map.of("languages", languages, "mode", mode));
        try {
            OcrOptions.Choice choice = options.read(languages, mode);
            int pages = scan.properties().get("eo:pageCount") instanceof Number n ? n.intValue() : 1;
            digitization.jobs().enqueue(id, choice.languages(), choice.mode(), pages, properties.maxAttempts());
            digitization.workers().wakeUp();
            redirect.addFlashAttribute("ocrQueued", true);
        } catch (FieldProblem e) {
            redirect.addFlashAttribute("ocrProblems",
                    Map.of(e.field(), messages.getMessage(e.key(), e.arguments(), locale)));
        }
        return "redirect:/documents/" + id + "#ocr";
    }
}
