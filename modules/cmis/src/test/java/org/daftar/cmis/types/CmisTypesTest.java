package org.daftar.cmis.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.PropertyStringDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.Cardinality;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.apache.chemistry.opencmis.commons.enums.Updatability;
import org.daftar.model.TypeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CmisTypesTest {

    private final TypeRegistry registry = TypeRegistry.standard();
    private final CmisTypes types = new CmisTypes(registry);

    @ParameterizedTest
    @CsvSource({
            "F:eo:file,      cmis:folder,    CMIS_FOLDER,    eo:file",
            "D:eo:receipt,   cmis:document,  CMIS_DOCUMENT,  eo:receipt",
            "D:eo:notesheet, cmis:document,  CMIS_DOCUMENT,  eo:notesheet",
            "P:eo:ocr,       cmis:secondary, CMIS_SECONDARY, eo:ocr",
            "P:eo:recordRoom, cmis:secondary, CMIS_SECONDARY, eo:recordRoom"})
    void modelClassesBecomeCmisTypesWithAlfrescoIds(String id, String parent, BaseTypeId base, String queryName) {
        TypeDefinition type = types.find(id).orElseThrow();

        assertThat(type.getParentTypeId()).isEqualTo(parent);
        assertThat(type.getBaseTypeId()).isEqualTo(base);
        assertThat(type.getQueryName()).isEqualTo(queryName);
    }

    @Test
    void everyModelTypeAndAspectHasACmisTypeExceptTheOnesCmisAlreadyCovers() {
        long expected = registry.types().size() - 1 /* cm:cmobject */ + registry.aspects().size() - 1 /* cm:auditable */
                + 1 /* cmis:secondary */;
        assertThat(types.all()).hasSize((int) expected);
        assertThat(types.find("P:cm:auditable")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "D:eo:receipt, eo:receivedDate, DATETIME, SINGLE",
            "D:eo:receipt, eo:vip,          BOOLEAN,  SINGLE",
            "F:eo:file,    eo:volume,       INTEGER,  SINGLE",
            "F:eo:file,    eo:computerNumber, INTEGER, SINGLE",
            "P:eo:ocr,     eo:ocrConfidence, DECIMAL, SINGLE",
            "D:eo:receipt, eo:subject,      STRING,   SINGLE"})
    void dataTypesMapToCmisPropertyTypes(String typeId, String property, PropertyType type, Cardinality cardinality) {
        PropertyDefinition<?> definition = types.find(typeId).orElseThrow().getPropertyDefinitions().get(property);

        assertThat(definition.getPropertyType()).isEqualTo(type);
        assertThat(definition.getCardinality()).isEqualTo(cardinality);
    }

    @Test
    void listConstraintsBecomeClosedChoicesAndMandatoryAspectPropertiesAreOnTheType() {
        PropertyDefinition<?> grading = types.find("D:eo:receipt").orElseThrow().getPropertyDefinitions().get("eo:grading");

        assertThat(grading.getChoices().stream().map(c -> (Object) c.getValue().getFirst()).toList())
                .containsExactly("Normal", "Confidential", "Secret");
        assertThat(grading.isOpenChoice()).isFalse();
        assertThat(grading.isRequired()).isTrue();
    }

    @Test
    void lengthConstraintsBecomeMaxLengthAndProtectedPropertiesAreReadOnly() {
        var subject = (PropertyStringDefinition) types.find("D:eo:receipt").orElseThrow()
                .getPropertyDefinitions().get("eo:subject");
        assertThat(subject.getMaxLength()).isNotNull().isGreaterThan(BigInteger.ZERO);
        assertThat(types.find("cmis:document").orElseThrow().getPropertyDefinitions().get("cmis:name").getUpdatability())
                .isEqualTo(Updatability.READWRITE);
    }

    @Test
    void subtypesInheritTheirParentsProperties() {
        TypeDefinition file = types.find("F:eo:file").orElseThrow();

        assertThat(file.getPropertyDefinitions()).containsKeys("cmis:name", "cmis:path", "eo:fileNumber", "eo:subject");
        assertThat(file.getPropertyDefinitions().get("cmis:name").isInherited()).isTrue();
        assertThat(file.getPropertyDefinitions().get("eo:fileNumber").isInherited()).isFalse();
    }
}
