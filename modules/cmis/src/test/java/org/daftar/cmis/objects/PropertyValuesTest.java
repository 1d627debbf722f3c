package org.daftar.cmis.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyBooleanImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringImpl;
import org.daftar.model.PropertyDefinition;
import org.daftar.model.TypeRegistry;
import org.junit.jupiter.api.Test;

class PropertyValuesTest {

    private final TypeRegistry registry = TypeRegistry.standard();

    private PropertyDefinition property(String name) {
        return registry.property(name).orElseThrow();
    }

    @Test
    void aSingleValuedPropertyTakesItsOneValue() {
        assertThat(PropertyValues.fromCmis(property("eo:vip"), new PropertyBooleanImpl("eo:vip", true))).isEqualTo(true);
        assertThat(PropertyValues.fromCmis(property("eo:subject"), new PropertyStringImpl("eo:subject", "भूमि")))
                .isEqualTo("भूमि");
    }

    @Test
    void twoValuesForASingleValuedPropertyAreRefusedNotCutToTheFirst() {
        assertThatThrownBy(() -> PropertyValues.fromCmis(property("eo:vip"),
                new PropertyBooleanImpl("eo:vip", List.of(true, false))))
                .isInstanceOf(CmisInvalidArgumentException.class)
                .hasMessageContaining("'eo:vip' takes one value, not 2");
        assertThatThrownBy(() -> PropertyValues.fromCmis(property("eo:subject"),
                new PropertyStringImpl("eo:subject", List.of("a", "b", "c"))))
                .hasMessageContaining("'eo:subject' takes one value, not 3");
    }

    @Test
    void noValueRemovesTheProperty() {
        assertThat(PropertyValues.fromCmis(property("eo:subject"), new PropertyStringImpl("eo:subject", List.of())))
                .isNull();
    }
}
