package org.daftar.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.daftar.model.AspectDefinition;
import org.daftar.model.Constraint;
import org.daftar.model.DataType;
import org.daftar.model.PropertyDefinition;
import org.daftar.model.TypeDefinition;
import org.daftar.model.TypeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * share-config-custom.xml checked against the model as the real loader reads it, so that a property renamed,
 * retyped or added in the model cannot be forgotten here: every field shown exists with a control that fits its data
 * type, every property of a type is on its form and every mandatory one on its create form, and every type and
 * aspect the Document Library lists is one the model defines.
 */
class ShareConfigTest {

    private static final Path CONFIG = Path.of("target/classes/META-INF/share-config-custom.xml");
    /** Fields Share computes itself rather than reading from a property. */
    private static final Set<String> SHARE_PSEUDO_FIELDS = Set.of("mimetype", "size", "encoding");
    /** The types whose forms this extension provides. */
    private static final List<String> FORM_TYPES = List.of("eo:file", "eo:receipt", "eo:note");

    private final TypeRegistry model = TypeRegistry.standard();
    private final ShareConfig config = ShareConfig.read(CONFIG);

    @Test
    void everyPropertyShownExistsOnTheFormsTypeOrOneOfTheModelsAspects() {
        List<String> problems = new ArrayList<>();
        for (ShareConfig.Form form : config.forms()) {
            Map<String, PropertyDefinition> available = model.propertiesOf(form.type(), allAspects());
            for (String id : form.shown()) {
                if (!SHARE_PSEUDO_FIELDS.contains(id) && !available.containsKey(id)) {
                    problems.add(form.describe() + " shows '" + id + "', which " + form.type() + " does not have");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyControlFitsItsPropertysDataType() {
        List<String> problems = new ArrayList<>();
        for (ShareConfig.Form form : config.forms()) {
            Map<String, PropertyDefinition> available = model.propertiesOf(form.type(), allAspects());
            for (ShareConfig.Field field : form.fields().values()) {
                PropertyDefinition property = available.get(field.id());
                if (property != null) {
                    controlProblem(property, field, form.isSearch())
                            .ifPresent(p -> problems.add(form.describe() + ": " + p));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The rule itself, so a wrong control is shown to be caught (data type, LIST?, search form?, control). */
    @ParameterizedTest(name = "{0} list={1} search={2} {3} {4} -> {5}")
    @CsvSource({
            "d:date,     false, false, date.ftl,        ,              true",
            "d:date,     false, false, textfield.ftl,   ,              false",
            "d:date,     false, true,  daterange.ftl,   ,              true",
            "d:date,     false, false, date.ftl,        showTime=true, false",
            "d:datetime, false, false, date.ftl,        showTime=true, true",
            "d:datetime, false, false, date.ftl,        ,              false",
            "d:boolean,  false, false, checkbox.ftl,    ,              true",
            "d:boolean,  false, false, selectone.ftl,   ,              false",
            "d:text,     true,  false, selectone.ftl,   ,              true",
            "d:text,     true,  false, textfield.ftl,   ,              false",
            "d:text,     false, false, textarea.ftl,    ,              true",
            "d:text,     false, false, number.ftl,      ,              false",
            "d:int,      false, false, number.ftl,      ,              true",
            "d:int,      false, true,  numberrange.ftl, ,              true",
            "d:long,     false, false, textfield.ftl,   ,              false",
            "d:float,    false, false, date.ftl,        ,              false",
    })
    void theControlRuleAcceptsOnlyControlsThatFitTheDataType(String dataType, boolean list, boolean search,
                                                             String template, String parameter, boolean fits) {
        List<Constraint> constraints = list
                ? List.of(new Constraint.ListConstraint("x:values", List.of("A", "B"), true)) : List.of();
        PropertyDefinition property = new PropertyDefinition("x:p", "P", "",
                DataType.fromPrefixedName(dataType).orElseThrow(), false, false, false, null, constraints, "x:t");
        Map<String, String> parameters = parameter == null ? Map.of()
                : Map.of(parameter.split("=")[0], parameter.split("=")[1]);

        assertThat(controlProblem(property, new ShareConfig.Field("x:p", template, parameters, ""), search).isEmpty())
                .isEqualTo(fits);
    }

    @Test
    void everyPropertyOfATypeAndItsMandatoryAspectsIsOnItsViewAndEditForm() {
        for (String type : FORM_TYPES) {
            Set<String> expected = eofficeProperties(model.propertiesOf(type, List.of()).values());
            assertThat(form(type, ShareConfig.Form::isViewEdit).shown()).as(type).containsAll(expected);
        }
    }

    @Test
    void everyMandatoryPropertyIsOnTheCreateFormSoCreationCanSucceed() {
        for (String type : FORM_TYPES) {
            List<String> mandatory = model.propertiesOf(type, List.of()).values().stream()
                    .filter(p -> p.mandatory() && !p.protectedValue())
                    .map(PropertyDefinition::name)
                    .toList();
            assertThat(form(type, ShareConfig.Form::isCreate).shown()).as(type).containsAll(mandatory);
        }
    }

    @Test
    void everyFieldLaidOutIsShownAndEverySetItUsesIsDeclared() {
        for (ShareConfig.Form form : config.forms()) {
            assertThat(form.shown()).as(form.describe()).containsAll(form.fields().keySet());
            form.fields().values().stream()
                    .filter(f -> !f.set().isEmpty())
                    .forEach(f -> assertThat(form.sets()).as(form.describe() + " " + f.id()).contains(f.set()));
        }
    }

    @Test
    void theDocumentLibraryOffersEveryAspectOfTheModelAndOnlyOptionalOnesForRemoval() {
        assertThat(config.visibleAspects()).containsExactlyInAnyOrderElementsOf(eofficeAspects());
        assertThat(config.visibleAspects()).containsAll(config.removableAspects());
        Set<String> mandatorySomewhere = model.types().stream()
                .flatMap(t -> model.mandatoryAspects(t.name()).stream())
                .collect(Collectors.toSet());
        assertThat(config.removableAspects()).isNotEmpty().doesNotContainAnyElementsOf(mandatorySomewhere);
    }

    @Test
    void changeTypeOffersEveryTypeOfTheModelUnderAnAncestorItReallyHas() {
        List<String> offered = new ArrayList<>();
        config.subtypes().forEach((parent, children) -> children.forEach(child -> {
            assertThat(model.isSubtypeOf(child, parent)).as(child + " under " + parent).isTrue();
            offered.add(child);
        }));
        assertThat(offered).containsExactlyInAnyOrderElementsOf(
                model.types().stream().map(TypeDefinition::name).filter(n -> n.startsWith("eo:")).toList());
    }

    @Test
    void theCreateMenuCreatesModelTypesThatHaveACreateForm() {
        assertThat(config.createMenu()).hasSize(FORM_TYPES.size());
        config.createMenu().values().forEach(page -> {
            String type = page.replaceAll(".*itemId=([^&]+).*", "$1");
            assertThat(model.type(type)).as(page).isPresent();
            assertThat(form(type, ShareConfig.Form::isCreate)).as(page).isNotNull();
        });
    }

    @Test
    void advancedSearchListsEachFormTypeWithItsSearchForm() {
        List<String> searchable = config.searches().stream().map(ShareConfig.SearchEntry::type)
                .filter(t -> t.startsWith("eo:")).toList();
        assertThat(searchable).containsExactlyInAnyOrderElementsOf(FORM_TYPES);
        searchable.forEach(type -> assertThat(form(type, ShareConfig.Form::isSearch)).as(type).isNotNull());
    }

    /**
     * Share's control for a property: LIST values need a drop-down (free text could not be saved), dates a date
     * picker (with the time for d:datetime), booleans a checkbox, numbers a number field; search forms use ranges.
     */
    static Optional<String> controlProblem(PropertyDefinition property, ShareConfig.Field field, boolean search) {
        boolean list = property.constraints().stream().anyMatch(c -> c instanceof Constraint.ListConstraint);
        boolean showTime = "true".equals(field.parameters().get("showTime"));
        Set<String> allowed = switch (property.dataType()) {
            case TEXT -> list ? Set.of("selectone.ftl") : Set.of("textfield.ftl", "textarea.ftl");
            case MLTEXT -> Set.of("mltext.ftl", "textfield.ftl", "textarea.ftl");
            case INT, LONG, FLOAT, DOUBLE -> Set.of(search ? "numberrange.ftl" : "number.ftl");
            case DATE, DATETIME -> Set.of(search ? "daterange.ftl" : "date.ftl");
            case BOOLEAN -> Set.of("checkbox.ftl");
            case CONTENT -> Set.of("content.ftl");
            default -> Set.of();
        };
        if (!allowed.contains(field.template())) {
            return Optional.of(field.id() + " (" + property.dataType().prefixedName() + (list ? ", LIST" : "")
                    + ") uses " + field.template() + ", expected one of " + allowed);
        }
        boolean needsTime = property.dataType() == DataType.DATETIME && !search;
        if (field.template().equals("date.ftl") && showTime != needsTime) {
            return Optional.of(field.id() + " (" + property.dataType().prefixedName() + ") must "
                    + (needsTime ? "" : "not ") + "set showTime=true");
        }
        return Optional.empty();
    }

    private ShareConfig.Form form(String type, java.util.function.Predicate<ShareConfig.Form> kind) {
        return config.forms().stream()
                .filter(f -> f.type().equals(type) && kind.test(f))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no such form for " + type));
    }

    private List<String> allAspects() {
        return model.aspects().stream().map(AspectDefinition::name).toList();
    }

    private List<String> eofficeAspects() {
        return allAspects().stream().filter(a -> a.startsWith("eo:")).toList();
    }

    private static Set<String> eofficeProperties(Collection<PropertyDefinition> properties) {
        return properties.stream().map(PropertyDefinition::name).filter(n -> n.startsWith("eo:"))
                .collect(Collectors.toSet());
    }
}
