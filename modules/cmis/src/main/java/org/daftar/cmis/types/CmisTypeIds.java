package org.daftar.cmis.types;

/**
 * Alfresco's CMIS naming of model classes, so an Alfresco CMIS client works unchanged: folders {@code F:eo:file},
 * documents {@code D:eo:receipt}, aspects {@code P:eo:ocr}; {@code cm:folder} and {@code cm:content} are the base
 * types {@code cmis:folder} and {@code cmis:document}.
 */
public final class CmisTypeIds {

    public static final String FOLDER_PREFIX = "F:";
    public static final String DOCUMENT_PREFIX = "D:";
    public static final String SECONDARY_PREFIX = "P:";
    public static final String MODEL_FOLDER = "cm:folder";
    public static final String MODEL_CONTENT = "cm:content";

    private CmisTypeIds() {
    }

    /** The CMIS id of a model type. */
    public static String ofType(String modelType, boolean folder) {
        if (modelType.equals(MODEL_FOLDER)) {
            return "cmis:folder";
        }
        if (modelType.equals(MODEL_CONTENT)) {
            return "cmis:document";
        }
        return (folder ? FOLDER_PREFIX : DOCUMENT_PREFIX) + modelType;
    }

    /** The CMIS id of a model aspect. */
    public static String ofAspect(String aspect) {
        return SECONDARY_PREFIX + aspect;
    }

    /** The model name behind a CMIS type id, or {@code null} for ids that are not of this form. */
    public static String modelName(String cmisTypeId) {
        return switch (cmisTypeId) {
            case "cmis:folder" -> MODEL_FOLDER;
            case "cmis:document" -> MODEL_CONTENT;
            default -> cmisTypeId.length() > 2 && cmisTypeId.charAt(1) == ':' ? cmisTypeId.substring(2) : null;
        };
    }
}
