package org.daftar.share;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The parts of a share-config-custom.xml the tests reason about: forms with their shown fields and controls, the
 * Document Library's aspect, type and create-menu lists, and the advanced-search list.
 */
record ShareConfig(List<Form> forms, List<String> visibleAspects, List<String> removableAspects,
                   Map<String, List<String>> subtypes, Map<String, String> createMenu, List<SearchEntry> searches,
                   List<String> labelIds) {

    /** Where Share uses a form: {@code node-type} (view/edit) or {@code model-type} (create, or search). */
    record Form(String evaluator, String type, String id, List<String> shown, Map<String, Field> fields,
                List<String> sets) {

        boolean isSearch() {
            return "search".equals(id);
        }

        boolean isCreate() {
            return evaluator.equals("model-type") && id.isEmpty();
        }

        boolean isViewEdit() {
            return evaluator.equals("node-type") && id.isEmpty();
        }

        String describe() {
            return evaluator + " " + type + (id.isEmpty() ? "" : " form '" + id + "'");
        }
    }

    /** A field's appearance: its control template (short name, e.g. {@code date.ftl}) and control parameters. */
    record Field(String id, String template, Map<String, String> parameters, String set) {
    }

    /** An advanced-search entry: the type and its label keys. */
    record SearchEntry(String type, String labelId, String descriptionId) {
    }

    static ShareConfig read(Path file) {
        Element root = parse(file).getDocumentElement();
        List<Form> forms = new ArrayList<>();
        List<String> visible = new ArrayList<>();
        List<String> removable = new ArrayList<>();
        Map<String, List<String>> subtypes = new LinkedHashMap<>();
        Map<String, String> createMenu = new LinkedHashMap<>();
        List<SearchEntry> searches = new ArrayList<>();
        List<String> labelIds = new ArrayList<>();
        for (Element config : children(root, "config")) {
            String evaluator = config.getAttribute("evaluator");
            String condition = config.getAttribute("condition");
            if (evaluator.equals("node-type") || evaluator.equals("model-type")) {
                for (Element form : descendants(config, "form")) {
                    forms.add(form(evaluator, condition, form));
                }
            } else if (condition.equals("DocumentLibrary")) {
                descendants(config, "visible").forEach(v -> names(v, "aspect", visible));
                descendants(config, "removeable").forEach(r -> names(r, "aspect", removable));
                for (Element type : descendants(config, "type")) {
                    names(type, "subtype", subtypes.computeIfAbsent(type.getAttribute("name"), k -> new ArrayList<>()));
                }
                for (Element content : descendants(config, "content")) {
                    createMenu.put(content.getAttribute("label"), descendants(content, "param").getFirst().getTextContent());
                }
            } else if (condition.equals("AdvancedSearch")) {
                for (Element form : descendants(config, "form")) {
                    searches.add(new SearchEntry(form.getTextContent().strip(), form.getAttribute("labelId"),
                            form.getAttribute("descriptionId")));
                }
            }
        }
        for (Element element : descendants(root, "*")) {
            for (String attribute : List.of("label-id", "labelId", "descriptionId", "label")) {
                if (!element.getAttribute(attribute).isEmpty()) {
                    labelIds.add(element.getAttribute(attribute));
                }
            }
        }
        return new ShareConfig(forms, visible, removable, subtypes, createMenu, searches, labelIds);
    }

    private static Form form(String evaluator, String type, Element form) {
        List<String> shown = new ArrayList<>();
        descendants(form, "show").forEach(s -> shown.add(s.getAttribute("id")));
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Element field : descendants(form, "field")) {
            List<Element> controls = descendants(field, "control");
            String template = controls.isEmpty() ? "" : controls.getFirst().getAttribute("template");
            Map<String, String> parameters = new LinkedHashMap<>();
            descendants(field, "control-param").forEach(p -> parameters.put(p.getAttribute("name"), p.getTextContent()));
            fields.put(field.getAttribute("id"), new Field(field.getAttribute("id"),
                    template.substring(template.lastIndexOf('/') + 1), parameters, field.getAttribute("set")));
        }
        List<String> sets = new ArrayList<>();
        descendants(form, "set").forEach(s -> sets.add(s.getAttribute("id")));
        return new Form(evaluator, type, form.getAttribute("id"), shown, fields, sets);
    }

    private static void names(Element parent, String child, List<String> into) {
        children(parent, child).forEach(e -> into.add(e.getAttribute("name")));
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                result.add(e);
            }
        }
        return result;
    }

    private static List<Element> descendants(Element parent, String name) {
        NodeList list = parent.getElementsByTagName(name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }
}
