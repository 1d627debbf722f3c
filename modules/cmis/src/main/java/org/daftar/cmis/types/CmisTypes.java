package org.daftar.cmis.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.definitions.Choice;
import org.apache.chemistry.opencmis.commons.definitions.MutableDocumentTypeDefinition;
import org.apache.chemistry.opencmis.commons.definitions.MutablePropertyDecimalDefinition;
import org.apache.chemistry.opencmis.commons.definitions.MutablePropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.MutablePropertyIntegerDefinition;
import org.apache.chemistry.opencmis.commons.definitions.MutablePropertyStringDefinition;
import org.apache.chemistry.opencmis.commons.definitions.MutableTypeDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.Cardinality;
import org.apache.chemistry.opencmis.commons.enums.CmisVersion;
import org.apache.chemistry.opencmis.commons.enums.ContentStreamAllowed;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.apache.chemistry.opencmis.commons.enums.Updatability;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ChoiceImpl;
import org.apache.chemistry.opencmis.server.support.TypeDefinitionFactory;
import org.daftar.model.ClassDefinition;
import org.daftar.model.Constraint;
import org.daftar.model.DataType;
import org.daftar.model.PropertyDefinition;
import org.daftar.model.TypeRegistry;

/**
 * The CMIS types of the repository, generated once from the content model: the four CMIS base types, one
 * {@code F:}/{@code D:} type per model type and one {@code P:} secondary type per aspect. A type carries its own
 * properties and those of the mandatory aspects it introduces; list constraints become CMIS choices, length and
 * min/max constraints the CMIS limits.
 */
public final class CmisTypes {

    /** Aspects whose properties CMIS already has as {@code cmis:} properties (creation and modification). */
    private static final Set<String> HIDDEN_ASPECTS = Set.of("cm:auditable");
    /** Model properties CMIS carries under its own name or as the content stream. */
    private static final Set<String> HIDDEN_PROPERTIES = Set.of("cm:name", "cm:content");

    private final TypeRegistry registry;
    private final TypeDefinitionFactory factory = TypeDefinitionFactory.newInstance();
    private final Map<String, TypeDefinition> types = new LinkedHashMap<>();
    private final Map<String, PropertyDefinition> modelProperties = new LinkedHashMap<>();

    public CmisTypes(TypeRegistry registry) {
        this.registry = registry;
        addBaseTypes();
        List<ClassDefinition> modelTypes = new ArrayList<>(registry.types());
        modelTypes.sort(Comparator.comparingInt(t -> registry.ancestry(t.name()).size()));
        for (ClassDefinition type : modelTypes) {
            if (registry.ancestry(type.name()).size() > 2) {
                addModelType(type);
            }
        }
        List<ClassDefinition> aspects = new ArrayList<>(registry.aspects());
        aspects.sort(Comparator.comparingInt(a -> registry.ancestry(a.name()).size()));
        aspects.stream().filter(a -> !HIDDEN_ASPECTS.contains(a.name())).forEach(this::addAspect);
    }

    /** Every type by CMIS id, parents before children. */
    public Map<String, TypeDefinition> all() {
        return java.util.Collections.unmodifiableMap(types);
    }

    public Optional<TypeDefinition> find(String cmisTypeId) {
        return Optional.ofNullable(cmisTypeId == null ? null : types.get(cmisTypeId));
    }

    /** The model definition behind a CMIS property id that is a model property (not a {@code cmis:} one). */
    public Optional<PropertyDefinition> modelProperty(String propertyId) {
        return Optional.ofNullable(modelProperties.get(propertyId));
    }

    /** The CMIS type of a node of a model type. */
    public String typeIdOf(String modelType) {
        return CmisTypeIds.ofType(modelType, registry.isSubtypeOf(modelType, CmisTypeIds.MODEL_FOLDER));
    }

    /** Aspects a node of the type carries anyway, which CMIS does not list as secondary types. */
    public Set<String> implicitAspects(String modelType) {
        Set<String> implicit = new LinkedHashSet<>(registry.mandatoryAspects(modelType));
        implicit.addAll(HIDDEN_ASPECTS);
        return implicit;
    }

    public TypeDefinitionFactory factory() {
        return factory;
    }

    private void addBaseTypes() {
        MutableDocumentTypeDefinition document = factory.createBaseDocumentTypeDefinition(CmisVersion.CMIS_1_1);
        document.setIsVersionable(true);
        // NodeService keeps content with every document version, so a document without content does not exist.
        document.setContentStreamAllowed(ContentStreamAllowed.REQUIRED);
        types.put(document.getId(), document);
        MutableTypeDefinition folder = factory.createBaseFolderTypeDefinition(CmisVersion.CMIS_1_1);
        types.put(folder.getId(), folder);
        // aspects are added and removed by writing cmis:secondaryObjectTypeIds, also on create
        for (MutableTypeDefinition base : List.of(document, folder)) {
            ((MutablePropertyDefinition<?>) base.getPropertyDefinitions().get(PropertyIds.SECONDARY_OBJECT_TYPE_IDS))
                    .setUpdatability(Updatability.READWRITE);
        }
        TypeDefinition secondary = factory.createBaseSecondaryTypeDefinition(CmisVersion.CMIS_1_1);
        types.put(secondary.getId(), secondary);
    }

    private void addModelType(ClassDefinition type) {
        boolean folder = registry.isSubtypeOf(type.name(), CmisTypeIds.MODEL_FOLDER);
        String parentId = CmisTypeIds.ofType(type.parent(), folder);
        TypeDefinition parent = types.get(parentId);
        if (parent == null) {
            return; // a type outside cm:folder / cm:content has no CMIS counterpart
        }
        String id = CmisTypeIds.ofType(type.name(), folder);
        MutableTypeDefinition definition = factory.createChildTypeDefinition(parent, id);
        describe(definition, type);
        Set<String> introduced = new LinkedHashSet<>(registry.mandatoryAspects(type.name()));
        introduced.removeAll(registry.mandatoryAspects(type.parent()));
        introduced.removeAll(HIDDEN_ASPECTS);
        addProperties(definition, type.properties());
        for (String aspect : introduced) {
            addProperties(definition, registry.aspect(aspect).orElseThrow().properties());
        }
        types.put(id, definition);
    }

    private void addAspect(ClassDefinition aspect) {
        String parentId = aspect.parent() == null ? BaseTypeId.CMIS_SECONDARY.value() : CmisTypeIds.ofAspect(aspect.parent());
        TypeDefinition parent = types.get(parentId);
        MutableTypeDefinition definition = factory.createChildTypeDefinition(parent, CmisTypeIds.ofAspect(aspect.name()));
        describe(definition, aspect);
        addProperties(definition, aspect.properties());
        for (String mandatory : aspect.mandatoryAspects()) {
            addProperties(definition, registry.aspect(mandatory).orElseThrow().properties());
        }
        types.put(definition.getId(), definition);
    }

    private static void describe(MutableTypeDefinition definition, ClassDefinition modelClass) {
        String localName = modelClass.name().substring(modelClass.name().indexOf(':') + 1);
        definition.setLocalName(localName);
        definition.setLocalNamespace(modelClass.name().substring(0, modelClass.name().indexOf(':')));
        definition.setQueryName(modelClass.name());
        definition.setDisplayName(modelClass.title() == null || modelClass.title().isBlank() ? modelClass.name() : modelClass.title());
        definition.setDescription(modelClass.description() == null || modelClass.description().isBlank()
                ? definition.getDisplayName() : modelClass.description());
        definition.setIsCreatable(!definition.getBaseTypeId().equals(BaseTypeId.CMIS_SECONDARY));
        definition.setIsFileable(!definition.getBaseTypeId().equals(BaseTypeId.CMIS_SECONDARY));
        definition.setIsFulltextIndexed(false);
    }

    private void addProperties(MutableTypeDefinition definition, Collection<PropertyDefinition> properties) {
        for (PropertyDefinition property : properties) {
            if (HIDDEN_PROPERTIES.contains(property.name()) || property.dataType() == DataType.CONTENT
                    || definition.getPropertyDefinitions().containsKey(property.name())) {
                continue;
            }
            definition.addPropertyDefinition(propertyDefinition(property));
            modelProperties.put(property.name(), property);
        }
    }

    private MutablePropertyDefinition<?> propertyDefinition(PropertyDefinition property) {
        MutablePropertyDefinition<?> definition = factory.createPropertyDefinition(property.name(),
                property.title() == null || property.title().isBlank() ? property.name() : property.title(),
                property.description() == null || property.description().isBlank() ? property.name() : property.description(),
                propertyType(property.dataType()),
                property.multiple() ? Cardinality.MULTI : Cardinality.SINGLE,
                property.protectedValue() ? Updatability.READONLY : Updatability.READWRITE,
                false, property.mandatory() && !property.protectedValue(), true, !property.multiple());
        definition.setLocalName(property.name().substring(property.name().indexOf(':') + 1));
        definition.setLocalNamespace(property.name().substring(0, property.name().indexOf(':')));
        for (Constraint constraint : property.constraints()) {
            applyConstraint(definition, constraint);
        }
        return definition;
    }

    @SuppressWarnings("unchecked")
    private static void applyConstraint(MutablePropertyDefinition<?> definition, Constraint constraint) {
        switch (constraint) {
            case Constraint.ListConstraint list -> {
                List<Choice<Object>> choices = new ArrayList<>();
                for (String allowed : list.allowedValues()) {
                    ChoiceImpl<Object> choice = new ChoiceImpl<>();
                    choice.setDisplayName(allowed);
                    choice.setValue(List.of(listValue(definition.getPropertyType(), allowed)));
                    choices.add(choice);
                }
                ((MutablePropertyDefinition<Object>) definition).setChoices(choices);
                definition.setIsOpenChoice(false);
            }
            case Constraint.LengthConstraint length -> {
                if (definition instanceof MutablePropertyStringDefinition string) {
                    string.setMaxLength(BigInteger.valueOf(length.maxLength()));
                }
            }
            case Constraint.MinMaxConstraint minMax -> {
                if (definition instanceof MutablePropertyIntegerDefinition integer) {
                    integer.setMinValue(minMax.minValue().toBigInteger());
                    integer.setMaxValue(minMax.maxValue().toBigInteger());
                } else if (definition instanceof MutablePropertyDecimalDefinition decimal) {
                    decimal.setMinValue(minMax.minValue());
                    decimal.setMaxValue(minMax.maxValue());
                }
            }
            case Constraint.RegexConstraint regex -> {
                // CMIS has no pattern constraint; the repository still enforces it and names it when refusing a value.
            }
        }
    }

    private static Object listValue(PropertyType type, String allowed) {
        return switch (type) {
            case INTEGER -> new BigInteger(allowed);
            case DECIMAL -> new BigDecimal(allowed);
            case BOOLEAN -> Boolean.valueOf(allowed);
            default -> allowed;
        };
    }

    /** d:text→string, d:int/long→integer, d:float/double→decimal, d:date/datetime→datetime, d:boolean→boolean. */
    static PropertyType propertyType(DataType dataType) {
        return switch (dataType) {
            case INT, LONG -> PropertyType.INTEGER;
            case FLOAT, DOUBLE -> PropertyType.DECIMAL;
            case DATE, DATETIME -> PropertyType.DATETIME;
            case BOOLEAN -> PropertyType.BOOLEAN;
            default -> PropertyType.STRING;
        };
    }
}
