package org.daftar.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each broken model must be refused with a message that names the element at fault. */
class BrokenModelTest {

    private static final String HEAD = """
            <model name="x:brokenModel" xmlns="http://www.alfresco.org/model/dictionary/1.0">
              <imports>
                <import uri="http://www.alfresco.org/model/dictionary/1.0" prefix="d"/>
                <import uri="http://www.alfresco.org/model/content/1.0" prefix="cm"/>
              </imports>
              <namespaces><namespace uri="http://example.org/x" prefix="x"/></namespaces>
            """;

    static Stream<Arguments> brokenModels() {
        return Stream.of(
                broken("unknown data type", type("x:doc", "cm:content", prop("x:count", "d:integer")),
                        "property 'x:count' of 'x:doc' has unknown data type 'd:integer'"),
                broken("parent type missing", type("x:doc", "cm:contnt", ""),
                        "type 'x:doc': parent 'cm:contnt' is not a defined type"),
                broken("mandatory aspect missing",
                        "<types><type name=\"x:doc\"><parent>cm:content</parent><mandatory-aspects><aspect>x:nope</aspect>"
                                + "</mandatory-aspects></type></types>",
                        "type 'x:doc': mandatory aspect 'x:nope' is not a defined aspect"),
                broken("constraint reference missing",
                        type("x:doc", "cm:content", "<property name=\"x:p\"><type>d:text</type><constraints>"
                                + "<constraint ref=\"x:missing\"/></constraints></property>"),
                        "property 'x:p' of 'x:doc' refers to undefined constraint 'x:missing'"),
                broken("undeclared namespace prefix", type("y:doc", "cm:content", ""),
                        "type 'y:doc': namespace prefix 'y' is not defined by this model"),
                broken("unprefixed property", type("x:doc", "cm:content", prop("title", "d:text")),
                        "'title' is not a prefixed name"),
                broken("property defined twice",
                        type("x:doc", "cm:content", prop("x:p", "d:text") + prop("x:p", "d:int")),
                        "property 'x:p' of 'x:doc' is defined twice"),
                broken("property clashes with an imported one", type("x:doc", "cm:content", prop("cm:name", "d:text")),
                        "namespace prefix 'cm' is not defined by this model"),
                broken("unknown constraint kind", constraint("x:c", "ENUM", ""),
                        "constraint 'x:c' has unknown type 'ENUM'"),
                broken("list without values", constraint("x:c", "LIST",
                                "<parameter name=\"allowedValues\"><list/></parameter>"),
                        "constraint 'x:c': parameter 'allowedValues' lists no value"),
                broken("regex that does not compile", constraint("x:c", "REGEX",
                                "<parameter name=\"expression\"><value>[a-</value></parameter>"),
                        "constraint 'x:c': expression is not a valid regular expression"),
                broken("length bounds reversed", constraint("x:c", "LENGTH",
                                "<parameter name=\"minLength\"><value>5</value></parameter>"
                                        + "<parameter name=\"maxLength\"><value>2</value></parameter>"),
                        "constraint 'x:c': needs 0 <= minLength <= maxLength, found 5..2"),
                broken("minmax with text bound", constraint("x:c", "MINMAX",
                                "<parameter name=\"minValue\"><value>one</value></parameter>"
                                        + "<parameter name=\"maxValue\"><value>9</value></parameter>"),
                        "constraint 'x:c': parameter 'minValue' must be a number, found 'one'"),
                broken("misspelt constraint parameter", constraint("x:c", "LENGTH",
                                "<parameter name=\"maxLen\"><value>5</value></parameter>"),
                        "constraint 'x:c': parameter 'maxLen' is not valid for LENGTH"),
                broken("minmax on a text property",
                        "<constraints><constraint name=\"x:range\" type=\"MINMAX\">"
                                + "<parameter name=\"minValue\"><value>1</value></parameter>"
                                + "<parameter name=\"maxValue\"><value>9</value></parameter></constraint></constraints>"
                                + type("x:doc", "cm:content", "<property name=\"x:p\"><type>d:text</type><constraints>"
                                + "<constraint ref=\"x:range\"/></constraints></property>"),
                        "property 'x:p' of 'x:doc': MINMAX constraint 'x:range' cannot apply to d:text"),
                broken("mandatory flag not boolean",
                        type("x:doc", "cm:content", "<property name=\"x:p\"><type>d:text</type><mandatory>yes</mandatory></property>"),
                        "property 'x:p' of 'x:doc' <mandatory> must be true or false, found 'yes'"),
                broken("inheritance cycle",
                        "<aspects><aspect name=\"x:a\"><parent>x:b</parent></aspect>"
                                + "<aspect name=\"x:b\"><parent>x:a</parent></aspect></aspects>",
                        "inherits from itself"),
                broken("not well-formed", "<types><type name=\"x:doc\"></types>", "not well-formed XML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenModels")
    void brokenModelIsRefusedNamingTheElement(String breakage, String body, String expectedMessage) {
        String xml = HEAD + body + "</model>";
        assertThatThrownBy(() -> TypeRegistry.builder()
                .addClasspath(TypeRegistry.CONTENT_BASE_MODEL)
                .add(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "broken.xml")
                .build())
                .isInstanceOf(ModelDefinitionException.class)
                .hasMessageStartingWith("broken.xml")
                .hasMessageContaining(expectedMessage);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenModels")
    void theSameModelWithoutTheBreakageWouldLoad(String breakage, String body, String expectedMessage) {
        // Guards the table itself: the head alone (what every case shares) must be a loadable model.
        TypeRegistry.builder()
                .addClasspath(TypeRegistry.CONTENT_BASE_MODEL)
                .add(new ByteArrayInputStream((HEAD + "</model>").getBytes(StandardCharsets.UTF_8)), "ok.xml")
                .build();
    }

    private static Arguments broken(String name, String body, String message) {
        return Arguments.of(name, body, message);
    }

    private static String type(String name, String parent, String properties) {
        return "<types><type name=\"" + name + "\"><parent>" + parent + "</parent><properties>" + properties
                + "</properties></type></types>";
    }

    private static String prop(String name, String dataType) {
        return "<property name=\"" + name + "\"><type>" + dataType + "</type></property>";
    }

    private static String constraint(String name, String kind, String parameters) {
        return "<constraints><constraint name=\"" + name + "\" type=\"" + kind + "\">" + parameters
                + "</constraint></constraints>";
    }
}
