package org.daftar.server.web;

import java.util.Locale;
import org.daftar.model.ClassDefinition;
import org.daftar.model.ContentModel;
import org.daftar.model.DataType;
import org.daftar.model.TypeRegistry;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Labels for types, aspects and properties in the reader's language, from the model's own bundles
 * ({@code alfresco/module/daftar/messages/eoffice-model[_hi].properties}, the ones Alfresco uses too, and the
 * {@code cm:} base's), in Alfresco's key format, falling back to the title written in the model.
 */
@Component
public class ModelLabels {

    private static final String EOFFICE_BUNDLE = "alfresco/module/daftar/messages/eoffice-model";
    private static final String CONTENT_BASE_BUNDLE = "org/daftar/model/content-base-model";

    private final TypeRegistry registry;
    private final IndianFormats formats;
    private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

    public ModelLabels(TypeRegistry registry, IndianFormats formats, org.springframework.context.MessageSource webMessages) {
        this.registry = registry;
        this.formats = formats;
        bundle.setParentMessageSource(webMessages);
        bundle.setBasenames(EOFFICE_BUNDLE, CONTENT_BASE_BUNDLE);
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
    }

    /** The label of a type or aspect, e.g. eo:file → "ई-फ़ाइल" in Hindi. */
    public String type(String name, Locale locale) {
        ClassDefinition definition = registry.type(name).<ClassDefinition>map(t -> t)
                .or(() -> registry.aspect(name)).orElse(null);
        if (definition == null) {
            return name;
        }
        String kind = registry.type(name).isPresent() ? "type" : "aspect";
        return label(kind, name, definition.title(), locale);
    }

    /** The label of a property, e.g. eo:fileNumber → "फ़ाइल संख्या" in Hindi. */
    public String property(String name, Locale locale) {
        return registry.property(name).map(p -> label("property", name, p.title(), locale)).orElse(name);
    }

    /**
     * A stored value as people read it: list values by their label (eo:grading Secret → "गुप्त"), dates as
     * DD.MM.YYYY, date-times in IST, yes/no for booleans, lists joined with commas.
     */
    public String display(String property, Object value, Locale locale) {
        if (value instanceof java.util.Collection<?> values) {
            return String.join(", ", values.stream().map(v -> display(property, v, locale)).toList());
        }
        DataType type = registry.property(property).map(p -> p.dataType()).orElse(DataType.ANY);
        return switch (type) {
            case DATE -> formats.date(value);
            case DATETIME -> formats.dateTime(java.time.OffsetDateTime.parse(String.valueOf(value)).toInstant());
            case BOOLEAN -> message(Boolean.TRUE.equals(value) ? "value.yes" : "value.no", String.valueOf(value), locale);
            default -> value(property, value, locale);
        };
    }

    /** The label of one allowed value of a LIST-constrained property, e.g. eo:grading Secret → "गुप्त". */
    public String value(String property, Object value, Locale locale) {
        if (!(value instanceof String text)) {
            return String.valueOf(value);
        }
        return registry.property(property)
                .flatMap(p -> p.constraints().stream()
                        .filter(c -> c instanceof org.daftar.model.Constraint.ListConstraint)
                        .findFirst())
                .map(c -> message("listconstraint." + c.name().replace(':', '_') + "." + text, text, locale))
                .orElse(text);
    }

    private String label(String kind, String name, String fallback, Locale locale) {
        String key = modelKey(name) + "." + kind + "." + name.replace(':', '_') + ".title";
        return message(key, fallback == null || fallback.isBlank() ? name : fallback, locale);
    }

    private String message(String key, String fallback, Locale locale) {
        return bundle.getMessage(key, null, fallback, locale);
    }

    /** The bundle key prefix of the model that defines {@code name}'s namespace, e.g. eo_eofficeModel. */
    private String modelKey(String name) {
        String prefix = name.substring(0, Math.max(0, name.indexOf(':')));
        return registry.models().stream()
                .filter(m -> m.namespaces().containsKey(prefix))
                .map(ContentModel::name)
                .findFirst()
                .orElse(prefix)
                .replace(':', '_');
    }
}
