package org.daftar.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.NodeNotFoundException;
import org.daftar.repository.RepositoryException;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeService;
import org.daftar.repository.node.Page;
import org.daftar.server.transfer.ContentDownloads;
import org.daftar.server.transfer.MalformedUploadException;
import org.daftar.server.transfer.MultipartDocumentUpload;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The repository as pages: folders with their documents, a document with its properties and versions, upload and
 * new folder. Nodes the reader may not see answer as missing.
 */
@Controller
public class BrowseController {

    private static final int PAGE_SIZE = 50;

    private final NodeService nodes;
    private final TypeRegistry registry;
    private final WebProblems problems;
    private final MultipartDocumentUpload upload;
    private final OcrStatusView ocrStatus;
    private final OcrOptions ocrOptions;

    public BrowseController(NodeService nodes, TypeRegistry registry, WebProblems problems,
                            JsonMapper json, OcrStatusView ocrStatus, OcrOptions ocrOptions) {
        this.nodes = nodes;
        this.registry = registry;
        this.problems = problems;
        this.upload = new MultipartDocumentUpload(json);
        this.ocrStatus = ocrStatus;
        this.ocrOptions = ocrOptions;
    }

    @GetMapping("/browse")
    public String root() {
        return "redirect:/browse/" + NodeService.ROOT_ID;
    }

    @GetMapping("/browse/{id}")
    public String folder(@PathVariable UUID id, @RequestParam(defaultValue = "1") int page, Principal user, Model model) {
        Node folder = readable(id, user);
        if (!folder.folder()) {
            return "redirect:/documents/" + id;
        }
        int pageNumber = Math.max(page, 1);
        Page<Node> children = nodes.children(id, user.getName(), (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("folder", folder);
        model.addAttribute("path", path(folder));
        model.addAttribute("children", children.items());
        model.addAttribute("page", pageNumber);
        model.addAttribute("pages", Math.max(1, (children.totalItems() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("totalItems", children.totalItems());
        return "folder";
    }

    @GetMapping("/documents/{id}")
    public String document(@PathVariable UUID id, @RequestParam(required = false) String view, Principal user, Model model) {
        Node document = readable(id, user);
        if (document.folder()) {
            return "redirect:/browse/" + id;
        }
        if (document.type().equals("eo:receipt") && view == null) {
            // A receipt (from a search hit, say) opens as the dak screen shows it; ?view=document shows its versions.
            return "redirect:/receipts/" + id;
        }
        model.addAttribute("document", document);
        model.addAttribute("properties", inModelOrder(document));
        model.addAttribute("path", path(document));
        model.addAttribute("versions", nodes.versions(id, user.getName()));
        ocrStatus.of(document).ifPresent(status -> {
            model.addAttribute("ocr", status);
            model.addAttribute("ocrInstalled", String.join(", ", ocrOptions.installed()));
            model.addAttribute("ocrDefaults", Map.of("languages", status.job() != null ? status.job().languages()
                    : ocrOptions.defaultLanguages(), "mode", ocrOptions.defaultMode()));
        });
        return "document";
    }

    @GetMapping("/documents/{id}/content")
    public ResponseEntity<Resource> content(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean download,
                                            Principal user) {
        Node document = readable(id, user);
        if (document.content() == null) {
            throw new NodeNotFoundException(id);
        }
        return ContentDownloads.download(document.content(), nodes.contentPath(document.content()), document.name(), download);
    }

    /** Upload from the folder page; the CSRF token comes in the query string because the body is streamed. */
    @PostMapping("/browse/{id}/upload")
    public String upload(@PathVariable UUID id, HttpServletRequest request, Principal user, Locale locale,
                         RedirectAttributes redirect) {
        readable(id, user);
        try {
            Node created = upload.read(request, id, (node, content) -> nodes.createDocument(node, content, user.getName()));
            redirect.addFlashAttribute("notice", created.name());
        } catch (RepositoryException | MalformedUploadException e) {
            redirect.addFlashAttribute("problem", problems.of(e, locale));
        }
        return "redirect:/browse/" + id;
    }

    @PostMapping("/browse/{id}/folders")
    public String newFolder(@PathVariable UUID id, @RequestParam String name, Principal user, Locale locale,
                            RedirectAttributes redirect) {
        readable(id, user);
        try {
            Node created = nodes.createFolder(new NewNode(id, name.strip(), "cm:folder", Set.of(), Map.of()), user.getName());
            redirect.addFlashAttribute("notice", created.name());
        } catch (RepositoryException e) {
            redirect.addFlashAttribute("problem", problems.of(e, locale));
        }
        return "redirect:/browse/" + id;
    }

    /** A node's properties in the order the model declares them (type first, then aspects), not alphabetically. */
    private List<Map.Entry<String, Object>> inModelOrder(Node node) {
        return registry.propertiesOf(node.type(), node.aspects()).keySet().stream()
                .filter(node.properties()::containsKey)
                .map(name -> Map.entry(name, node.properties().get(name)))
                .toList();
    }

    private Node readable(UUID id, Principal user) {
        return nodes.get(id, user.getName());
    }

    /** The folders from the root down to (not including) {@code node}, for the breadcrumb. */
    private List<Node> path(Node node) {
        return nodes.ancestors(node);
    }
}
