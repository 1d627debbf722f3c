package org.daftar.model;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads one file in Alfresco's content-model XML format into a {@link ContentModel}. Checks what can be checked
 * within the file: known data types, well-formed constraints, declared namespace prefixes, no duplicate names, and
 * the element layout (known elements, in schema order) that Alfresco itself enforces.
 * Cross-model references (parents, aspects) are checked by {@link TypeRegistry}.
 *
 * <p>Format reference: Alfresco's {@code modelSchema.xsd} (namespace {@value #DICTIONARY_URI}).
 */
public final class ContentModelReader {

    /** Namespace of Alfresco's dictionary schema, which every model document uses. */
    public static final String DICTIONARY_URI = "http://www.alfresco.org/model/dictionary/1.0";

    private static final Set<String> CONSTRAINT_KINDS = Set.of("LIST", "REGEX", "LENGTH", "MINMAX");

    /*
     * The child elements Alfresco accepts, in the order it requires them (the sequences of its modelSchema.xsd,
     * which its JiBX binding enforces). Alfresco refuses a model with an unknown or misplaced element; a reader that
     * only looks children up by name would instead skip it silently, so a misspelt <propery> would just vanish.
     */
    private static final List<String> MODEL_LAYOUT = List.of("description", "author", "published", "version",
            "imports", "namespaces", "data-types", "constraints", "types", "aspects");
    private static final List<String> CLASS_LAYOUT = List.of("title", "description", "parent", "archive",
            "includedInSuperTypeQuery", "properties", "associations", "overrides", "mandatory-aspects");
    private static final List<String> PROPERTY_LAYOUT = List.of("title", "description", "type", "protected",
            "mandatory", "multiple", "default", "index", "constraints");
    private static final List<String> CONSTRAINT_LAYOUT = List.of("title", "description", "parameter");
    /** Elements that may repeat; every other one may appear at most once. */
    private static final Set<String> REPEATABLE = Set.of("import", "namespace", "constraint", "type", "aspect",
            "property", "parameter");

    private final Function<String, Optional<Constraint>> importedConstraints;

    /**
     * @param importedConstraints finds named constraints of models loaded earlier, for {@code <constraint ref>}
     */
    public ContentModelReader(Function<String, Optional<Constraint>> importedConstraints) {
        this.importedConstraints = importedConstraints;
    }

    /** Reads a model; {@code source} names it in error messages. */
    public ContentModel read(InputStream in, String source) {
        Element root = parse(in, source).getDocumentElement();
        if (!"model".equals(root.getLocalName()) || !DICTIONARY_URI.equals(root.getNamespaceURI())) {
            throw new ModelDefinitionException(source + ": root element must be <model xmlns=\"" + DICTIONARY_URI
                    + "\">, found <" + root.getNodeName() + ">");
        }
        return new ModelParse(source, root).parse();
    }

    private static Document parse(InputStream in, String source) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // Model files come from administrators but are still untrusted input: no DTDs, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(in);
        } catch (SAXException e) {
            throw new ModelDefinitionException(source + ": not well-formed XML: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new ModelDefinitionException(source + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The state of reading one document; discarded afterwards. */
    private final class ModelParse {
        private final String source;
        private final Element root;
        private final Map<String, String> imports = new LinkedHashMap<>();
        private final Map<String, String> namespaces = new LinkedHashMap<>();
        private final Map<String, Constraint> constraints = new LinkedHashMap<>();
        private final Set<String> propertyNames = new LinkedHashSet<>();
        private final Set<String> classNames = new LinkedHashSet<>();

        ModelParse(String source, Element root) {
            this.source = source;
            this.root = root;
        }

        ContentModel parse() {
            String modelName = requiredAttribute(root, "name", "model");
            String at = "model '" + modelName + "'";
            checkLayout(root, MODEL_LAYOUT, at);
            for (String container : List.of("imports", "namespaces", "constraints", "types", "aspects")) {
                checkLayout(child(root, container), List.of(container.substring(0, container.length() - 1)),
                        at + " <" + container + ">");
            }
            for (Element imp : children(child(root, "imports"), "import")) {
                imports.put(requiredAttribute(imp, "prefix", "import"), requiredAttribute(imp, "uri", "import"));
            }
            for (Element ns : children(child(root, "namespaces"), "namespace")) {
                String prefix = requiredAttribute(ns, "prefix", "namespace");
                if (imports.containsKey(prefix)) {
                    throw error("namespace prefix '" + prefix + "' is both imported and defined");
                }
                namespaces.put(prefix, requiredAttribute(ns, "uri", "namespace"));
            }
            if (namespaces.isEmpty()) {
                throw error("model '" + modelName + "' defines no namespace");
            }
            checkPrefix(modelName, "model '" + modelName + "'", true);
            for (Element c : children(child(root, "constraints"), "constraint")) {
                Constraint constraint = constraint(c, "constraint");
                if (constraints.putIfAbsent(constraint.name(), constraint) != null) {
                    throw error("constraint '" + constraint.name() + "' is defined twice");
                }
            }
            List<TypeDefinition> types = new ArrayList<>();
            for (Element t : children(child(root, "types"), "type")) {
                types.add(typeDefinition(t));
            }
            List<AspectDefinition> aspects = new ArrayList<>();
            for (Element a : children(child(root, "aspects"), "aspect")) {
                aspects.add(aspectDefinition(a));
            }
            return new ContentModel(modelName, text(root, "description"), source, imports, namespaces,
                    List.copyOf(constraints.values()), types, aspects);
        }

        private TypeDefinition typeDefinition(Element element) {
            String name = definedName(element, "type");
            String where = "type '" + name + "'";
            checkClassLayout(element, where);
            return new TypeDefinition(name, text(element, "title"), text(element, "description"),
                    parentOf(element, where), properties(element, name), mandatoryAspects(element, where));
        }

        private AspectDefinition aspectDefinition(Element element) {
            String name = definedName(element, "aspect");
            String where = "aspect '" + name + "'";
            checkClassLayout(element, where);
            return new AspectDefinition(name, text(element, "title"), text(element, "description"),
                    parentOf(element, where), properties(element, name), mandatoryAspects(element, where));
        }

        private String definedName(Element element, String kind) {
            String name = requiredAttribute(element, "name", kind);
            checkPrefix(name, kind + " '" + name + "'", true);
            if (!classNames.add(name)) {
                throw error(kind + " '" + name + "' is defined twice");
            }
            return name;
        }

        private String parentOf(Element element, String where) {
            String parent = text(element, "parent");
            if (parent.isEmpty()) {
                return null;
            }
            checkPrefix(parent, where + " parent '" + parent + "'", false);
            return parent;
        }

        private List<String> mandatoryAspects(Element element, String where) {
            List<String> aspects = new ArrayList<>();
            for (Element a : children(child(element, "mandatory-aspects"), "aspect")) {
                String aspect = a.getTextContent().strip();
                checkPrefix(aspect, where + " mandatory aspect '" + aspect + "'", false);
                aspects.add(aspect);
            }
            return aspects;
        }

        private List<PropertyDefinition> properties(Element owner, String ownerName) {
            List<PropertyDefinition> properties = new ArrayList<>();
            for (Element p : children(child(owner, "properties"), "property")) {
                properties.add(property(p, ownerName));
            }
            return properties;
        }

        private PropertyDefinition property(Element element, String ownerName) {
            String name = requiredAttribute(element, "name", "property of '" + ownerName + "'");
            String where = "property '" + name + "' of '" + ownerName + "'";
            checkPrefix(name, where, true);
            checkLayout(element, PROPERTY_LAYOUT, where);
            checkLayout(child(element, "constraints"), List.of("constraint"), where + " <constraints>");
            if (!propertyNames.add(name)) {
                throw error(where + " is defined twice in this model (property names must be unique)");
            }
            String typeName = text(element, "type");
            if (typeName.isEmpty()) {
                throw error(where + " has no <type>");
            }
            checkPrefix(typeName, where + " data type '" + typeName + "'", false);
            DataType dataType = DataType.fromPrefixedName(typeName)
                    .orElseThrow(() -> error(where + " has unknown data type '" + typeName + "'"));
            List<Constraint> propertyConstraints = new ArrayList<>();
            for (Element c : children(child(element, "constraints"), "constraint")) {
                Constraint constraint = c.hasAttribute("ref") ? referenced(c.getAttribute("ref"), where)
                        : constraint(c, where + " inline constraint");
                checkApplicable(constraint, dataType, where);
                propertyConstraints.add(constraint);
            }
            String defaultValue = child(element, "default") == null ? null : text(element, "default");
            return new PropertyDefinition(name, text(element, "title"), text(element, "description"), dataType,
                    flag(element, "mandatory", where), flag(element, "multiple", where),
                    flag(element, "protected", where), defaultValue, propertyConstraints, ownerName);
        }

        private Constraint referenced(String ref, String where) {
            checkPrefix(ref, where + " constraint ref '" + ref + "'", false);
            Constraint local = constraints.get(ref);
            if (local != null) {
                return local;
            }
            return importedConstraints.apply(ref)
                    .orElseThrow(() -> error(where + " refers to undefined constraint '" + ref + "'"));
        }

        private void checkApplicable(Constraint constraint, DataType dataType, String where) {
            boolean fits = switch (constraint) {
                case Constraint.MinMaxConstraint m -> dataType.isNumeric();
                case Constraint.LengthConstraint l -> dataType.isTextual();
                case Constraint.RegexConstraint r -> true;
                case Constraint.ListConstraint l -> true;
            };
            if (!fits) {
                throw error(where + ": " + constraint.kind() + " constraint '" + constraint.name()
                        + "' cannot apply to " + dataType.prefixedName());
            }
        }

        private Constraint constraint(Element element, String where) {
            String name = requiredAttribute(element, "name", where);
            checkPrefix(name, where + " '" + name + "'", true);
            String kind = requiredAttribute(element, "type", where + " '" + name + "'");
            String at = "constraint '" + name + "'";
            checkLayout(element, CONSTRAINT_LAYOUT, at);
            if (!CONSTRAINT_KINDS.contains(kind)) {
                throw error(at + " has unknown type '" + kind + "' (expected one of LIST, REGEX, LENGTH, MINMAX)");
            }
            Map<String, Element> parameters = new LinkedHashMap<>();
            for (Element p : children(element, "parameter")) {
                parameters.put(requiredAttribute(p, "name", at + " parameter"), p);
            }
            Set<String> allowed = switch (kind) {
                case "LIST" -> Set.of("allowedValues", "caseSensitive", "sorted");
                case "REGEX" -> Set.of("expression", "requiresMatch");
                case "LENGTH" -> Set.of("minLength", "maxLength");
                default -> Set.of("minValue", "maxValue");
            };
            for (String parameter : parameters.keySet()) {
                if (!allowed.contains(parameter)) {
                    throw error(at + ": parameter '" + parameter + "' is not valid for " + kind
                            + " (valid: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
                }
            }
            return switch (kind) {
                case "LIST" -> {
                    Element list = child(required(parameters, "allowedValues", at), "list");
                    if (list == null) {
                        throw error(at + ": parameter 'allowedValues' needs a <list> of <value>s");
                    }
                    List<String> values = children(list, "value").stream().map(v -> v.getTextContent()).toList();
                    if (values.isEmpty()) {
                        throw error(at + ": parameter 'allowedValues' lists no value");
                    }
                    yield new Constraint.ListConstraint(name, values,
                            booleanParameter(parameters, "caseSensitive", true, at));
                }
                case "REGEX" -> {
                    String expression = value(required(parameters, "expression", at), at);
                    try {
                        yield new Constraint.RegexConstraint(name, Pattern.compile(expression),
                                booleanParameter(parameters, "requiresMatch", true, at));
                    } catch (PatternSyntaxException e) {
                        throw error(at + ": expression is not a valid regular expression: " + e.getDescription());
                    }
                }
                case "LENGTH" -> {
                    int min = intParameter(parameters, "minLength", 0, at);
                    int max = intParameter(parameters, "maxLength", Integer.MAX_VALUE, at);
                    if (min < 0 || max < min) {
                        throw error(at + ": needs 0 <= minLength <= maxLength, found " + min + ".." + max);
                    }
                    yield new Constraint.LengthConstraint(name, min, max);
                }
                default -> {
                    BigDecimal min = decimalParameter(parameters, "minValue", at);
                    BigDecimal max = decimalParameter(parameters, "maxValue", at);
                    if (max.compareTo(min) < 0) {
                        throw error(at + ": minValue " + min + " is greater than maxValue " + max);
                    }
                    yield new Constraint.MinMaxConstraint(name, min, max);
                }
            };
        }

        private Element required(Map<String, Element> parameters, String name, String at) {
            Element parameter = parameters.get(name);
            if (parameter == null) {
                throw error(at + ": missing parameter '" + name + "'");
            }
            return parameter;
        }

        private String value(Element parameter, String at) {
            Element value = child(parameter, "value");
            if (value == null) {
                throw error(at + ": parameter '" + parameter.getAttribute("name") + "' needs a <value>");
            }
            return value.getTextContent().strip();
        }

        private boolean booleanParameter(Map<String, Element> parameters, String name, boolean fallback, String at) {
            Element parameter = parameters.get(name);
            return parameter == null ? fallback : bool(value(parameter, at), at + " parameter '" + name + "'");
        }

        private int intParameter(Map<String, Element> parameters, String name, int fallback, String at) {
            Element parameter = parameters.get(name);
            if (parameter == null) {
                return fallback;
            }
            String raw = value(parameter, at);
            try {
                return Integer.parseInt(raw);
            } catch (NumberFormatException e) {
                throw error(at + ": parameter '" + name + "' must be a whole number, found '" + raw + "'");
            }
        }

        private BigDecimal decimalParameter(Map<String, Element> parameters, String name, String at) {
            String raw = value(required(parameters, name, at), at);
            try {
                return new BigDecimal(raw);
            } catch (NumberFormatException e) {
                throw error(at + ": parameter '" + name + "' must be a number, found '" + raw + "'");
            }
        }

        private boolean flag(Element element, String childName, String where) {
            Element flag = child(element, childName);
            return flag != null && bool(flag.getTextContent().strip(), where + " <" + childName + ">");
        }

        private boolean bool(String raw, String where) {
            return switch (raw) {
                case "true" -> true;
                case "false" -> false;
                default -> throw error(where + " must be true or false, found '" + raw + "'");
            };
        }

        private void checkClassLayout(Element element, String where) {
            checkLayout(element, CLASS_LAYOUT, where);
            checkLayout(child(element, "properties"), List.of("property"), where + " <properties>");
            checkLayout(child(element, "mandatory-aspects"), List.of("aspect"), where + " <mandatory-aspects>");
        }

        /** Refuses child elements that Alfresco would not accept under {@code parent}, or not in this order. */
        private void checkLayout(Element parent, List<String> layout, String where) {
            if (parent == null) {
                return;
            }
            String expected = String.join(", ", layout);
            int last = -1;
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) {
                    continue;
                }
                String name = e.getLocalName();
                int index = DICTIONARY_URI.equals(e.getNamespaceURI()) ? layout.indexOf(name) : -1;
                if (index < 0) {
                    throw error(where + ": unexpected element <" + e.getNodeName() + ">, expected one of " + expected);
                }
                if (index == last && !REPEATABLE.contains(name)) {
                    throw error(where + ": element <" + name + "> appears twice");
                }
                if (index < last) {
                    throw error(where + ": element <" + name + "> must come before <" + layout.get(last)
                            + "> (Alfresco requires the order " + expected + ")");
                }
                last = index;
            }
        }

        /** Names defined here must use this model's namespaces; referenced names may also use imported ones. */
        private void checkPrefix(String qualifiedName, String where, boolean defining) {
            int colon = qualifiedName.indexOf(':');
            if (colon <= 0 || colon == qualifiedName.length() - 1) {
                throw error(where + ": '" + qualifiedName + "' is not a prefixed name like eo:name");
            }
            String prefix = qualifiedName.substring(0, colon);
            boolean known = namespaces.containsKey(prefix) || (!defining && imports.containsKey(prefix));
            if (!known) {
                throw error(where + ": namespace prefix '" + prefix + "' is not "
                        + (defining ? "defined by this model" : "imported or defined by this model"));
            }
        }

        private String requiredAttribute(Element element, String attribute, String where) {
            String value = element.getAttribute(attribute).strip();
            if (value.isEmpty()) {
                throw error(where + " <" + element.getLocalName() + "> has no '" + attribute + "' attribute");
            }
            return value;
        }

        private ModelDefinitionException error(String message) {
            return new ModelDefinitionException(source + ": " + message);
        }
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName()) && DICTIONARY_URI.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName()) && DICTIONARY_URI.equals(e.getNamespaceURI())) {
                result.add(e);
            }
        }
        return result;
    }

    private static String text(Element parent, String localName) {
        Element element = child(parent, localName);
        return element == null ? "" : element.getTextContent().strip();
    }
}
