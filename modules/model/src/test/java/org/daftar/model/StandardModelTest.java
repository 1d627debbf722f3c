package org.daftar.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StandardModelTest {

    private final TypeRegistry registry = TypeRegistry.standard();

    @Test
    void declaresTheEOfficeTypesOnTheContentBase() {
        assertThat(registry.ancestry("eo:file")).containsExactly("eo:file", "cm:folder", "cm:cmobject");
        assertThat(registry.ancestry("eo:receipt")).containsExactly("eo:receipt", "cm:content", "cm:cmobject");
        for (String type : new String[] {"eo:notesheet", "eo:note", "eo:draft", "eo:scan"}) {
            assertThat(registry.isSubtypeOf(type, "cm:content")).as(type).isTrue();
        }
        assertThat(registry.aspect("eo:ocr")).isPresent();
        assertThat(registry.aspect("eo:recordRoom")).isPresent();
    }

    @Test
    void fileCarriesItsMandatoryAspectsAndTheirProperties() {
        assertThat(registry.mandatoryAspects("eo:file"))
                .contains("eo:described", "eo:officeScoped", "eo:graded", "cm:auditable");
        var properties = registry.propertiesOf("eo:file", java.util.List.of());
        assertThat(properties).containsKeys("cm:name", "eo:fileNumber", "eo:subject", "eo:grading", "cm:created");
        assertThat(properties.get("eo:volume").dataType()).isEqualTo(DataType.INT);
        assertThat(properties.get("eo:volume").defaultValue()).isEqualTo("1");
    }

    @Test
    void optionalAspectAddsItsPropertiesOnlyWhenApplied() {
        assertThat(registry.propertiesOf("eo:scan", java.util.List.of())).doesNotContainKey("eo:ocrConfidence");
        assertThat(registry.propertiesOf("eo:scan", java.util.List.of("eo:ocr"))).containsKey("eo:ocrConfidence");
    }

    @Test
    void constraintsAreResolvedFromReferences() {
        var grading = registry.property("eo:grading").orElseThrow();
        assertThat(grading.constraints()).singleElement()
                .isInstanceOfSatisfying(Constraint.ListConstraint.class,
                        c -> assertThat(c.allowedValues()).containsExactly("Normal", "Confidential", "Secret"));
        var retention = registry.property("eo:retentionCategory").orElseThrow().constraints().getFirst();
        assertThat(retention.check("A")).isEmpty();
        assertThat(retention.check("C-10")).isEmpty();
        assertThat(retention.check("C-11")).isPresent();
        assertThat(retention.check("D")).isPresent();
    }

    @Test
    void diaryNumbersInOfficeShapesAreAcceptedAndOthersRefused() {
        var diary = registry.property("eo:diaryNumber").orElseThrow().constraints().getFirst();
        assertThat(diary.check("81829/2023/ARC-DARPG")).isEmpty();
        assertThat(diary.check("205-H/2010/O&M")).isEmpty();
        assertThat(diary.check("12/23/COLL")).isPresent();
        assertThat(diary.check("abc/2023/COLL")).isPresent();
    }

    @Test
    void nameConstraintRefusesPathCharactersAndTrailingDots() {
        var name = registry.property("cm:name").orElseThrow();
        assertThat(name.constraints()).extracting(Constraint::kind).containsExactly("REGEX", "LENGTH");
        var filename = name.constraints().getFirst();
        assertThat(filename.check("पत्रावली 12.pdf")).isEmpty();
        assertThat(filename.check("a/b")).isPresent();
        assertThat(filename.check("name.")).isPresent();
        assertThat(filename.check("what?")).isPresent();
    }

    @Test
    void minMaxComparesNumbersOfAnyKind() {
        var percent = registry.property("eo:ocrConfidence").orElseThrow().constraints().getFirst();
        assertThat(percent).isInstanceOf(Constraint.MinMaxConstraint.class);
        assertThat(percent.check(99.5)).isEmpty();
        assertThat(percent.check(100L)).isEmpty();
        assertThat(percent.check(new BigDecimal("100.01"))).isPresent();
        assertThat(percent.check(-1)).isPresent();
    }
}
