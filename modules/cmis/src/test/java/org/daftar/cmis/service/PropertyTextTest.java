package org.daftar.cmis.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.daftar.cmis.types.CmisTypes;
import org.daftar.model.TypeRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropertyTextTest {

    private final PropertyText text = new PropertyText(new CmisTypes(TypeRegistry.standard()));

    @ParameterizedTest(name = "{0}={1} passes")
    @CsvSource(delimiter = ';', value = {
            "eo:vip;          true",
            "eo:vip;          false",
            "eo:vip;          TRUE",
            "eo:vip;          False",
            "eo:subject;      maybe",
            "eo:ocrConfidence; 12.5",
            "cmis:isImmutable; maybe",
    })
    void textThatIsNotABooleanPropertyOrIsTrueOrFalsePasses(String id, String value) {
        assertThatCode(() -> text.check(Map.of(id, List.of(value)))).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(delimiter = ';', value = {
            "eo:vip; maybe;  eo:vip must be true or false, not 'maybe'",
            "eo:vip; yes;    not 'yes'",
            "eo:vip; 1;      not '1'",
            "eo:vip; ' ';    not ' '",
            "eo:vip; true,x; not 'x'",
    })
    void anyOtherTextForABooleanPropertyIsRefused(String id, String values, String message) {
        assertThatThrownBy(() -> text.check(Map.of(id, Arrays.asList(values.split(",")))))
                .isInstanceOf(CmisInvalidArgumentException.class).hasMessageContaining(message);
    }
}
