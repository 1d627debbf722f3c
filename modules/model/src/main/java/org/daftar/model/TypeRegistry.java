package org.daftar.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resolved dictionary: every type and aspect of the loaded models, with inheritance and mandatory aspects
 * worked out. Immutable once built; build one with {@link #builder()} or take the standard one with
 * {@link #standard()}.
 */
public final class TypeRegistry {

    /** Classpath location of the e-Office model, the same file the Alfresco module ships. */
    public static final String EOFFICE_MODEL = "alfresco/module/daftar/model/eoffice-model.xml";

    /** Classpath location of the {@code cm:} base the e-Office model builds on. */
    public static final String CONTENT_BASE_MODEL = "org/daftar/model/content-base-model.xml";

    private final List<ContentModel> models;
    private final Map<String, TypeDefinition> types;
    private final Map<String, AspectDefinition> aspects;
    private final Map<String, PropertyDefinition> properties;

    private TypeRegistry(List<ContentModel> models, Map<String, TypeDefinition> types,
                         Map<String, AspectDefinition> aspects, Map<String, PropertyDefinition> properties) {
        this.models = List.copyOf(models);
        this.types = types;
        this.aspects = aspects;
        this.properties = properties;
    }

    /** The {@code cm:} base and the {@code eo:} e-Office model, from the classpath. */
    public static TypeRegistry standard() {
        return builder().addClasspath(CONTENT_BASE_MODEL).addClasspath(EOFFICE_MODEL).build();
    }

    /** Starts a registry; add models in dependency order (imported models first). */
    public static Builder builder() {
        return new Builder();
    }

    public List<ContentModel> models() {
        return models;
    }

    public Collection<TypeDefinition> types() {
        return types.values();
    }

    public Collection<AspectDefinition> aspects() {
        return aspects.values();
    }

    public Optional<TypeDefinition> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    public Optional<AspectDefinition> aspect(String name) {
        return Optional.ofNullable(aspects.get(name));
    }

    /** A property by its qualified name, whichever type or aspect declares it. */
    public Optional<PropertyDefinition> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /** The type followed by its ancestors up to the root, e.g. eo:file, cm:folder, cm:cmobject. */
    public List<String> ancestry(String typeName) {
        List<String> chain = new ArrayList<>();
        for (ClassDefinition t = definition(typeName); t != null; t = t.parent() == null ? null : definition(t.parent())) {
            chain.add(t.name());
        }
        return chain;
    }

    /** Whether {@code typeName} is {@code ancestor} or inherits from it. */
    public boolean isSubtypeOf(String typeName, String ancestor) {
        return ancestry(typeName).contains(ancestor);
    }

    /** Aspects every instance of the type carries: its own, inherited ones, and theirs in turn. */
    public Set<String> mandatoryAspects(String typeName) {
        Set<String> result = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(ancestry(typeName));
        while (!pending.isEmpty()) {
            ClassDefinition definition = definition(pending.pop());
            for (String aspect : definition.mandatoryAspects()) {
                if (result.add(aspect)) {
                    pending.add(aspect);
                }
            }
            if (definition instanceof AspectDefinition && definition.parent() != null) {
                pending.add(definition.parent());
            }
        }
        return result;
    }

    /**
     * All properties a node of the type with the given aspects may carry, keyed by name: the type's and its
     * ancestors', plus those of the aspects (and their parents and mandatory aspects).
     */
    public Map<String, PropertyDefinition> propertiesOf(String typeName, Collection<String> aspectNames) {
        Map<String, PropertyDefinition> result = new LinkedHashMap<>();
        for (String name : ancestry(typeName).reversed()) {
            definition(name).properties().forEach(p -> result.put(p.name(), p));
        }
        Set<String> allAspects = new LinkedHashSet<>(mandatoryAspects(typeName));
        allAspects.addAll(aspectNames);
        for (String aspect : allAspects) {
            for (String name : ancestry(aspect).reversed()) {
                definition(name).properties().forEach(p -> result.put(p.name(), p));
            }
            mandatoryAspectsOfAspect(aspect).forEach(a ->
                    definition(a).properties().forEach(p -> result.put(p.name(), p)));
        }
        return result;
    }

    private Set<String> mandatoryAspectsOfAspect(String aspect) {
        Set<String> result = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(definition(aspect).mandatoryAspects());
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (result.add(next)) {
                pending.addAll(definition(next).mandatoryAspects());
            }
        }
        return result;
    }

    private ClassDefinition definition(String name) {
        ClassDefinition definition = types.containsKey(name) ? types.get(name) : aspects.get(name);
        if (definition == null) {
            throw new IllegalArgumentException("'" + name + "' is not a type or aspect of this registry");
        }
        return definition;
    }

    /** Collects models and resolves them into a registry; fails on the first broken reference. */
    public static final class Builder {
        private final List<ContentModel> models = new ArrayList<>();
        private final Map<String, Constraint> constraints = new LinkedHashMap<>();
        private final Map<String, String> namespaceUris = new LinkedHashMap<>();
        private final ContentModelReader reader = new ContentModelReader(name -> Optional.ofNullable(constraints.get(name)));

        private Builder() {
        }

        /** Adds a model from the classpath. */
        public Builder addClasspath(String resource) {
            try (InputStream in = TypeRegistry.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ModelDefinitionException(resource + ": no such model on the classpath");
                }
                return add(in, resource);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Adds a model read from {@code in}; {@code source} names it in error messages. */
        public Builder add(InputStream in, String source) {
            ContentModel model = reader.read(in, source);
            for (Map.Entry<String, String> ns : model.namespaces().entrySet()) {
                String previous = namespaceUris.putIfAbsent(ns.getKey(), ns.getValue());
                if (previous != null) {
                    throw new ModelDefinitionException(source + ": namespace prefix '" + ns.getKey()
                            + "' is already defined by another model");
                }
            }
            model.constraints().forEach(c -> constraints.put(c.name(), c));
            models.add(model);
            return this;
        }

        /** Resolves all references between the added models. */
        public TypeRegistry build() {
            Map<String, TypeDefinition> types = new LinkedHashMap<>();
            Map<String, AspectDefinition> aspects = new LinkedHashMap<>();
            Map<String, PropertyDefinition> properties = new LinkedHashMap<>();
            Map<String, String> sourceOf = new LinkedHashMap<>();
            for (ContentModel model : models) {
                checkImports(model);
                for (TypeDefinition t : model.types()) {
                    types.put(t.name(), t);
                    sourceOf.put(t.name(), model.source());
                }
                for (AspectDefinition a : model.aspects()) {
                    if (types.containsKey(a.name())) {
                        throw new ModelDefinitionException(model.source() + ": aspect '" + a.name()
                                + "' has the name of a type");
                    }
                    aspects.put(a.name(), a);
                    sourceOf.put(a.name(), model.source());
                }
            }
            for (ClassDefinition definition : concat(types.values(), aspects.values())) {
                String source = sourceOf.get(definition.name());
                String kind = definition instanceof TypeDefinition ? "type" : "aspect";
                String where = source + ": " + kind + " '" + definition.name() + "'";
                if (definition.parent() != null) {
                    boolean parentExists = definition instanceof TypeDefinition
                            ? types.containsKey(definition.parent()) : aspects.containsKey(definition.parent());
                    if (!parentExists) {
                        throw new ModelDefinitionException(where + ": parent '" + definition.parent()
                                + "' is not a defined " + kind);
                    }
                }
                for (String aspect : definition.mandatoryAspects()) {
                    if (!aspects.containsKey(aspect)) {
                        throw new ModelDefinitionException(where + ": mandatory aspect '" + aspect
                                + "' is not a defined aspect");
                    }
                }
                for (PropertyDefinition property : definition.properties()) {
                    PropertyDefinition clash = properties.putIfAbsent(property.name(), property);
                    if (clash != null) {
                        throw new ModelDefinitionException(where + ": property '" + property.name()
                                + "' is already declared by '" + clash.declaredBy() + "'");
                    }
                }
            }
            checkNoCycles(types, aspects, sourceOf);
            return new TypeRegistry(models, Map.copyOf(types), Map.copyOf(aspects), Map.copyOf(properties));
        }

        private void checkImports(ContentModel model) {
            for (Map.Entry<String, String> imp : model.imports().entrySet()) {
                if (imp.getKey().equals("d") && imp.getValue().equals(ContentModelReader.DICTIONARY_URI)) {
                    continue;
                }
                String uri = namespaceUris.get(imp.getKey());
                if (uri == null) {
                    throw new ModelDefinitionException(model.source() + ": imports prefix '" + imp.getKey()
                            + "' (" + imp.getValue() + ") but no loaded model defines it");
                }
                if (!uri.equals(imp.getValue())) {
                    throw new ModelDefinitionException(model.source() + ": imports prefix '" + imp.getKey()
                            + "' as " + imp.getValue() + " but it is defined as " + uri);
                }
            }
        }

        private static void checkNoCycles(Map<String, TypeDefinition> types, Map<String, AspectDefinition> aspects,
                                          Map<String, String> sourceOf) {
            for (ClassDefinition start : concat(types.values(), aspects.values())) {
                Set<String> seen = new LinkedHashSet<>();
                ClassDefinition current = start;
                while (current != null && current.parent() != null) {
                    if (!seen.add(current.name())) {
                        throw new ModelDefinitionException(sourceOf.get(start.name()) + ": '" + start.name()
                                + "' inherits from itself through " + String.join(" -> ", seen));
                    }
                    String parent = current.parent();
                    current = types.containsKey(parent) ? types.get(parent) : aspects.get(parent);
                }
            }
        }

        private static List<ClassDefinition> concat(Collection<? extends ClassDefinition> a,
                                                    Collection<? extends ClassDefinition> b) {
            List<ClassDefinition> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }
}
