package org.daftar.repository.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.InvalidPropertiesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PropertyValidatorTest {

    private final PropertyValidator validator = new PropertyValidator(TypeRegistry.standard());

    private static Map<String, Object> validReceipt() {
        Map<String, Object> values = new HashMap<>();
        values.put("eo:diaryNumber", "81829/2023/COLL-SEH");
        values.put("eo:senderName", "तहसीलदार, आष्टा");
        values.put("eo:subject", "नामांतरण प्रकरण क्रमांक 12/2023");
        values.put("eo:receivedDate", "2023-04-05");
        return values;
    }

    @Test
    void validReceiptGetsItsDefaults() {
        Map<String, Object> stored = validator.apply("eo:receipt", List.of(), Map.of(), validReceipt());
        assertThat(stored)
                .containsEntry("eo:grading", "Normal")
                .containsEntry("eo:vip", false)
                .containsEntry("eo:deliveryMode", "Post")
                .containsEntry("eo:receiptForm", "Electronic")
                .containsEntry("eo:receivedDate", "2023-04-05");
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("eo:grading", "Top Secret", "'Top Secret' is not one of Normal, Confidential, Secret"),
                Arguments.of("eo:grading", "normal", "'normal' is not one of"),
                Arguments.of("eo:vip", "yes", "'yes' is not true or false"),
                Arguments.of("eo:receivedDate", "05.04.2023", "is not a date in the form YYYY-MM-DD"),
                Arguments.of("eo:diarisedAt", "2023-04-05", "is not a date-time"),
                Arguments.of("eo:senderPin", "46600", "does not have the required form"),
                Arguments.of("eo:diaryNumber", "81829-2023-COLL", "does not have the required form"),
                Arguments.of("eo:senderName", "x".repeat(256), "length 256 is outside 0..255"),
                Arguments.of("eo:subject", List.of("a", "b"), "takes a single value, not a list"),
                Arguments.of("eo:volume", 2, "is not a property of eo:receipt"),
                Arguments.of("eo:nonsense", "x", "is not defined in the content model"),
                Arguments.of("cm:created", "2023-04-05T10:00:00Z", "is set by the repository"),
                Arguments.of("cm:name", "x.pdf", "is the node name"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badValues")
    void badValueIsRefusedWithAReason(String property, Object value, String reason) {
        Map<String, Object> values = validReceipt();
        values.put(property, value);
        assertThatThrownBy(() -> validator.apply("eo:receipt", List.of(), Map.of(), values))
                .isInstanceOfSatisfying(InvalidPropertiesException.class, e -> assertThat(e.violations())
                        .singleElement()
                        .satisfies(v -> assertThat(v.property()).isEqualTo(property))
                        .satisfies(v -> assertThat(v.message()).contains(reason)));
    }

    @Test
    void everyViolationIsListedAtOnce() {
        Map<String, Object> values = new HashMap<>();
        values.put("eo:grading", "Public");
        assertThatThrownBy(() -> validator.apply("eo:receipt", List.of(), Map.of(), values))
                .isInstanceOfSatisfying(InvalidPropertiesException.class, e -> assertThat(e.violations())
                        .extracting(PropertyViolation::property)
                        .containsExactlyInAnyOrder("eo:grading", "eo:diaryNumber", "eo:senderName", "eo:subject",
                                "eo:receivedDate"));
    }

    @Test
    void numbersAndBooleansFromFormsAreConverted() {
        Map<String, Object> values = Map.of("eo:fileNumber", "A-12011/3/2020-Ad.I", "eo:subject", "भू-अर्जन",
                "eo:volume", "3", "eo:computerNumber", 2938);
        Map<String, Object> stored = validator.apply("eo:file", List.of(), Map.of(), values);
        assertThat(stored).containsEntry("eo:volume", 3L).containsEntry("eo:computerNumber", 2938L);
    }

    @Test
    void volumeOutsideItsRangeIsRefused() {
        Map<String, Object> values = Map.of("eo:fileNumber", "A-1/1/2020", "eo:subject", "x", "eo:volume", 1000);
        assertThatThrownBy(() -> validator.apply("eo:file", List.of(), Map.of(), values))
                .hasMessageContaining("eo:volume: 1000 is outside 1..999");
    }

    @Test
    void aspectPropertiesNeedTheAspect() {
        Map<String, Object> values = Map.of("eo:ocrConfidence", 87.5);
        assertThatThrownBy(() -> validator.apply("eo:scan", List.of(), Map.of(), values))
                .hasMessageContaining("eo:ocrConfidence: is not a property of eo:scan");
        Map<String, Object> withLanguages = Map.of("eo:ocrConfidence", 87.5, "eo:ocrLanguages", "hin");
        assertThat(validator.apply("eo:scan", List.of("eo:ocr"), Map.of(), withLanguages))
                .containsEntry("eo:ocrConfidence", 87.5)
                .containsEntry("eo:ocrLanguages", "hin");
    }

    @Test
    void aMandatoryPropertyOfAnAddedAspectMustBeGivenThoughTheModelHasADefault() {
        Map<String, Object> values = Map.of("eo:ocrConfidence", 87.5);
        assertThatThrownBy(() -> validator.apply("eo:scan", List.of("eo:ocr"), Map.of(), values))
                .hasMessageContaining("eo:ocrLanguages: is mandatory for aspect eo:ocr");
        assertThat(validator.apply("eo:scan", List.of("eo:ocr"), Map.of("eo:ocrLanguages", "eng"), Map.of()))
                .as("already stored").containsEntry("eo:ocrLanguages", "eng");
        assertThat(validator.apply("eo:receipt", List.of(), Map.of(), validReceipt()))
                .as("a mandatory aspect of the type keeps its default").containsEntry("eo:grading", "Normal");
    }

    @Test
    void nullRemovesAnOptionalValueAndIsRefusedForAMandatoryOne() {
        Map<String, Object> current = validator.apply("eo:receipt", List.of(), Map.of(), validReceipt());
        Map<String, Object> removeLetterNumber = new HashMap<>();
        removeLetterNumber.put("eo:letterNumber", null);
        assertThat(validator.apply("eo:receipt", List.of(), current, removeLetterNumber)).doesNotContainKey("eo:letterNumber");
        Map<String, Object> removeSubject = new HashMap<>();
        removeSubject.put("eo:subject", null);
        assertThatThrownBy(() -> validator.apply("eo:receipt", List.of(), current, removeSubject))
                .hasMessageContaining("eo:subject: is mandatory");
    }

    @Test
    void multiValuedPropertyKeepsItsList() {
        Map<String, Object> values = Map.of("eo:paragraphNumber", 4, "eo:authorDesk", "AG2-REV",
                "eo:correspondenceRefs", List.of("4/c", "7/c"));
        assertThat(validator.apply("eo:note", List.of(), Map.of(), values))
                .containsEntry("eo:correspondenceRefs", List.of("4/c", "7/c"))
                .containsEntry("eo:noteState", "Yellow");
    }

    @Test
    void namesFollowTheNameConstraint() {
        validator.checkName("आदेश पत्र 2023.pdf");
        assertThatThrownBy(() -> validator.checkName("a/b.pdf")).hasMessageContaining("cm:name");
        assertThatThrownBy(() -> validator.checkName(" ")).hasMessageContaining("cm:name: is mandatory");
        assertThatThrownBy(() -> validator.checkName("x".repeat(256))).hasMessageContaining("length 256");
    }
}
