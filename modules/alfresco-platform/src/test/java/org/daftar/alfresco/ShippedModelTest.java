package org.daftar.alfresco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.daftar.model.ModelDefinitionException;
import org.daftar.model.TypeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model this module ships, checked the way Alfresco's dictionary checks a model at bootstrap, by Daftar's real
 * loader: the shipped copy loads, and copies of it broken in one place are each refused with a message that names
 * the file and the element at fault. (The model module tests the loader on small synthetic models; this test
 * breaks the real file, in the ways people editing it are likely to.)
 */
class ShippedModelTest {

    private static final String SOURCE = "eoffice-model.xml";

    @Test
    void theShippedModelIsTheModelModulesFileByteForByte() {
        assertThat(ShippedModel.bytes(ShippedModel.MODEL)).isEqualTo(ShippedModel.bytes(ShippedModel.SOURCE_MODEL));
    }

    @Test
    void theShippedModelLoadsWithEveryTypeAndAspectResolved() {
        TypeRegistry registry = ShippedModel.registry();

        assertThat(registry.types()).extracting(t -> t.name())
                .contains("eo:file", "eo:notesheet", "eo:note", "eo:receipt", "eo:draft", "eo:scan");
        assertThat(registry.aspects()).extracting(a -> a.name())
                .contains("eo:described", "eo:officeScoped", "eo:graded", "eo:ocr", "eo:recordRoom");
        assertThat(registry.ancestry("eo:file")).startsWith("eo:file", "cm:folder");
        assertThat(registry.ancestry("eo:receipt")).startsWith("eo:receipt", "cm:content");
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                // namespaces and imports
                literal("the eo prefix is renamed in its declaration",
                        "prefix=\"eo\"/>", "prefix=\"eoffice\"/>",
                        "model 'eo:eofficeModel': namespace prefix 'eo' is not defined by this model"),
                literal("the cm: import is dropped",
                        "<import uri=\"http://www.alfresco.org/model/content/1.0\" prefix=\"cm\"/>", "",
                        "type 'eo:file' parent 'cm:folder': namespace prefix 'cm' is not imported"),
                literal("cm: is imported under a wrong URI",
                        "uri=\"http://www.alfresco.org/model/content/1.0\"", "uri=\"http://www.alfresco.org/model/content/2.0\"",
                        "imports prefix 'cm' as http://www.alfresco.org/model/content/2.0"),
                literal("a property is named without a prefix",
                        "<property name=\"eo:remarks\">", "<property name=\"remarks\">",
                        "property 'remarks' of 'eo:receipt': 'remarks' is not a prefixed name"),
                literal("a property uses an undeclared prefix",
                        "<property name=\"eo:box\">", "<property name=\"rr:box\">",
                        "property 'rr:box' of 'eo:recordRoom': namespace prefix 'rr' is not defined"),
                // references
                literal("a parent type is misspelt",
                        "<parent>cm:folder</parent>", "<parent>cm:foldr</parent>",
                        "type 'eo:file': parent 'cm:foldr' is not a defined type"),
                regex("a type's parent is an aspect",
                        "(<type name=\"eo:scan\">.*?<parent>)cm:content(</parent>)", "$1cm:titled$2",
                        "type 'eo:scan': parent 'cm:titled' is not a defined type"),
                literal("a mandatory aspect no longer exists",
                        "<aspect name=\"eo:graded\">", "<aspect name=\"eo:grade\">",
                        "type 'eo:file': mandatory aspect 'eo:graded' is not a defined aspect"),
                literal("a constraint reference is misspelt",
                        "<constraint ref=\"eo:pinCodeRegex\"/>", "<constraint ref=\"eo:pincodeRegex\"/>",
                        "property 'eo:senderPin' of 'eo:receipt' refers to undefined constraint 'eo:pincodeRegex'"),
                literal("a data type does not exist",
                        "<type>d:long</type>", "<type>d:bigint</type>",
                        "property 'eo:computerNumber' of 'eo:file' has unknown data type 'd:bigint'"),
                // uniqueness
                literal("two types declare the same property",
                        "<property name=\"eo:draftAuthorDesk\">", "<property name=\"eo:authorDesk\">",
                        "property 'eo:authorDesk' of 'eo:draft' is defined twice"),
                literal("two types have the same name",
                        "<type name=\"eo:scan\">", "<type name=\"eo:draft\">",
                        "type 'eo:draft' is defined twice"),
                // constraint parameters
                literal("a constraint has an unknown kind",
                        "<constraint name=\"eo:dpiRange\" type=\"MINMAX\">", "<constraint name=\"eo:dpiRange\" type=\"RANGE\">",
                        "constraint 'eo:dpiRange' has unknown type 'RANGE'"),
                regex("a LIST lists no value",
                        "(<constraint name=\"eo:gradingList\" type=\"LIST\">.*?<list>).*?(</list>)", "$1$2",
                        "constraint 'eo:gradingList': parameter 'allowedValues' lists no value"),
                regex("a LIST parameter is misspelt",
                        "(<constraint name=\"eo:gradingList\" type=\"LIST\">\\s*<parameter name=\")allowedValues\"",
                        "$1allowedValue\"",
                        "constraint 'eo:gradingList': parameter 'allowedValue' is not valid for LIST"),
                literal("a REGEX does not compile",
                        "^[1-9][0-9]{5}$", "^[1-9][0-9]{5$",
                        "constraint 'eo:pinCodeRegex': expression is not a valid regular expression"),
                regex("a REGEX has no expression",
                        "(<constraint name=\"eo:mobileRegex\" type=\"REGEX\">)\\s*<parameter name=\"expression\">.*?</parameter>",
                        "$1", "constraint 'eo:mobileRegex': missing parameter 'expression'"),
                literal("LENGTH bounds are reversed",
                        "<value>1000</value>", "<value>0</value>",
                        "constraint 'eo:subjectLength': needs 0 <= minLength <= maxLength, found 1..0"),
                literal("a MINMAX bound is not a number",
                        "<parameter name=\"maxValue\"><value>999</value></parameter>",
                        "<parameter name=\"maxValue\"><value>nine</value></parameter>",
                        "constraint 'eo:volumeRange': parameter 'maxValue' must be a number, found 'nine'"),
                regex("a MINMAX constraint lands on a text property",
                        "(<property name=\"eo:recordYear\">.*?<type>)d:int(</type>)", "$1d:text$2",
                        "property 'eo:recordYear' of 'eo:recordRoom': MINMAX constraint 'eo:yearRange' cannot apply to d:text"),
                // element layout, which Alfresco's JiBX binding enforces
                regex("a property's elements are out of order",
                        "(<property name=\"eo:grading\">.*?)(<mandatory>true</mandatory>)(\\s*)(<default>Normal</default>)",
                        "$1$4$3$2",
                        "property 'eo:grading' of 'eo:graded': element <mandatory> must come before <default>"),
                regex("a type's title follows its parent",
                        "(<type name=\"eo:notesheet\">\\s*)(<title>Notesheet</title>)(\\s*)(<parent>cm:content</parent>)",
                        "$1$4$3$2", "type 'eo:notesheet': element <title> must come before <parent>"),
                regex("an element name is misspelt",
                        "<property name=\"eo:rack\">(.*?)</property>", "<propery name=\"eo:rack\">$1</propery>",
                        "aspect 'eo:recordRoom' <properties>: unexpected element <propery>"),
                literal("the file is cut short",
                        "</aspects>", "", "not well-formed XML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void aCopyBrokenInOnePlaceIsRefusedNamingTheElement(String breakage, Pattern find, String replacement,
                                                        String expectedMessage) {
        String model = new String(ShippedModel.bytes(ShippedModel.MODEL), StandardCharsets.UTF_8);
        Matcher matcher = find.matcher(model);
        // The breakage must hit exactly one place of today's model, or the row would prove nothing.
        assertThat(matcher.results().count()).as("places matching %s", find).isEqualTo(1);
        String broken = find.matcher(model).replaceFirst(replacement);

        assertThatThrownBy(() -> ShippedModel.load(broken.getBytes(StandardCharsets.UTF_8), SOURCE))
                .isInstanceOf(ModelDefinitionException.class)
                .hasMessageStartingWith(SOURCE + ": ")
                .hasMessageContaining(expectedMessage);
    }

    private static Arguments literal(String breakage, String find, String replacement, String message) {
        return Arguments.of(breakage, Pattern.compile(Pattern.quote(find)), Matcher.quoteReplacement(replacement),
                message);
    }

    private static Arguments regex(String breakage, String find, String replacement, String message) {
        return Arguments.of(breakage, Pattern.compile(find, Pattern.DOTALL), replacement, message);
    }
}
