package org.daftar.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.daftar.model.Constraint;
import org.daftar.model.ContentModel;
import org.daftar.model.PropertyDefinition;
import org.daftar.model.TypeDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The label bundles Alfresco shows instead of the model's own titles: every type, aspect, property and LIST value
 * of the model has an English and a Hindi label under the key Alfresco looks up
 * ({@code <model>.<type|aspect|property>.<name>.title}, {@code listconstraint.<constraint>.<value>}, with ':' as '_'),
 * and no label names something the model lacks.
 */
class ModelLabelsTest {

    private static final String BUNDLE = "alfresco/module/daftar/messages/eoffice-model";
    private static final Path ENGLISH = ShippedModel.MODULE_DIR.resolve("messages/eoffice-model.properties");
    private static final Path HINDI = ShippedModel.MODULE_DIR.resolve("messages/eoffice-model_hi.properties");

    /** The keys the model calls for, each with the model's own text (the title, or the LIST value itself). */
    private static Map<String, String> expectedLabels() {
        ContentModel model = ShippedModel.eofficeModel();
        String prefix = key(model.name());
        Map<String, String> labels = new TreeMap<>();
        labels.put(prefix + ".description", model.description());
        Stream.concat(model.types().stream(), model.aspects().stream()).forEach(definition -> {
            String kind = definition instanceof TypeDefinition ? "type" : "aspect";
            addTitled(labels, prefix + "." + kind + "." + key(definition.name()), definition.title(),
                    definition.description());
            for (PropertyDefinition property : definition.properties()) {
                addTitled(labels, prefix + ".property." + key(property.name()), property.title(),
                        property.description());
                property.constraints().forEach(c -> addListValues(labels, c));
            }
        });
        model.constraints().forEach(c -> addListValues(labels, c));
        return labels;
    }

    private static void addTitled(Map<String, String> labels, String key, String title, String description) {
        labels.put(key + ".title", title);
        if (!description.isEmpty()) {
            labels.put(key + ".description", description);
        }
    }

    private static void addListValues(Map<String, String> labels, Constraint constraint) {
        if (constraint instanceof Constraint.ListConstraint list) {
            list.allowedValues().forEach(v -> labels.put("listconstraint." + key(list.name()) + "." + v, v));
        }
    }

    private static String key(String qualifiedName) {
        return qualifiedName.replace(':', '_');
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"eoffice-model.properties", "eoffice-model_hi.properties"})
    void everyBundleIsValidUtf8(String file) {
        byte[] bytes = ShippedModel.bytes(ShippedModel.MODULE_DIR.resolve("messages").resolve(file));
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid UTF-8", e);
        }
    }

    @Test
    void englishLabelsCoverTheModelExactly() {
        assertThat(load(ENGLISH).keySet()).containsExactlyInAnyOrderElementsOf(expectedLabels().keySet());
    }

    @Test
    void hindiLabelsCoverTheModelExactly() {
        assertThat(load(HINDI).keySet()).containsExactlyInAnyOrderElementsOf(expectedLabels().keySet());
    }

    @Test
    void englishTitlesAndDescriptionsRepeatTheModelsOwn() {
        Map<String, String> english = load(ENGLISH);
        Map<String, String> expected = new LinkedHashMap<>(expectedLabels());
        // List values may read better than the stored value (Hand -> By Hand); titles must not drift from the model.
        expected.keySet().removeIf(k -> k.startsWith("listconstraint."));
        expected.forEach((key, text) -> assertThat(english.get(key)).as(key).isEqualTo(text));
    }

    @Test
    void hindiLabelsAreWrittenInDevanagari() {
        Map<String, String> english = load(ENGLISH);
        load(HINDI).forEach((key, text) -> {
            assertThat(text.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.DEVANAGARI))
                    .as("%s = %s has Devanagari letters", key, text).isTrue();
            assertThat(text).as("%s is translated", key).isNotEqualTo(english.get(key));
        });
    }

    @Test
    void javaReadsTheHindiBundleAsUtf8TheWayAlfrescoLoadsIt() {
        // Alfresco resolves the bundle base name through java.util.ResourceBundle, which reads UTF-8 since Java 9.
        ResourceBundle hindi = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("hi-IN"));
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);

        assertThat(hindi.getString("eo_eofficeModel.property.eo_fileNumber.title")).isEqualTo("फ़ाइल संख्या");
        assertThat(hindi.getString("eo_eofficeModel.property.eo_diaryNumber.title")).isEqualTo("डायरी संख्या");
        assertThat(hindi.getString("listconstraint.eo_deliveryModeList.Speed Post")).isEqualTo("स्पीड पोस्ट");
        assertThat(english.getString("eo_eofficeModel.type.eo_receipt.title")).isEqualTo("Receipt");
    }

    private static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(ShippedModel.bytes(file), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }
}
