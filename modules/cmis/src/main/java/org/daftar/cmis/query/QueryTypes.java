package org.daftar.cmis.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinitionContainer;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNotSupportedException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.TypeDefinitionContainerImpl;
import org.apache.chemistry.opencmis.server.support.TypeManager;
import org.daftar.cmis.types.CmisTypes;

/** The generated types as OpenCMIS's query parser wants to see them (read-only). */
final class QueryTypes implements TypeManager {

    private final CmisTypes types;

    QueryTypes(CmisTypes types) {
        this.types = types;
    }

    @Override
    public TypeDefinitionContainer getTypeById(String typeId) {
        return types.find(typeId).map(this::container).orElse(null);
    }

    @Override
    public TypeDefinition getTypeByQueryName(String queryName) {
        return types.all().values().stream().filter(t -> t.getQueryName().equals(queryName)).findFirst().orElse(null);
    }

    @Override
    public Collection<TypeDefinitionContainer> getTypeDefinitionList() {
        return types.all().values().stream().map(this::container).toList();
    }

    @Override
    public List<TypeDefinitionContainer> getRootTypes() {
        return types.all().values().stream().filter(t -> t.getParentTypeId() == null).map(this::container).toList();
    }

    @Override
    public String getPropertyIdForQueryName(TypeDefinition type, String queryName) {
        for (PropertyDefinition<?> property : type.getPropertyDefinitions().values()) {
            if (property.getQueryName().equals(queryName)) {
                return property.getId();
            }
        }
        return null;
    }

    @Override
    public void addTypeDefinition(TypeDefinition type, boolean addInheritedProperties) {
        throw new CmisNotSupportedException("Types come from the content model");
    }

    @Override
    public void updateTypeDefinition(TypeDefinition type) {
        throw new CmisNotSupportedException("Types come from the content model");
    }

    @Override
    public void deleteTypeDefinition(String typeId) {
        throw new CmisNotSupportedException("Types come from the content model");
    }

    private TypeDefinitionContainer container(TypeDefinition type) {
        List<TypeDefinitionContainer> children = new ArrayList<>();
        for (TypeDefinition candidate : types.all().values()) {
            if (type.getId().equals(candidate.getParentTypeId())) {
                children.add(container(candidate));
            }
        }
        TypeDefinitionContainerImpl container = new TypeDefinitionContainerImpl(type);
        container.setChildren(children);
        return container;
    }
}
