package org.daftar.alfresco;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.daftar.model.ContentModel;
import org.daftar.model.TypeRegistry;

/**
 * The files this module ships, as the build leaves them in {@code target/classes}, and the model read from there
 * with Daftar's real loader (on top of the {@code cm:} base that Alfresco itself provides in production).
 */
final class ShippedModel {

    /** Alfresco module id, which is also the folder under {@code alfresco/module/}. */
    static final String MODULE_ID = "daftar";
    static final Path MODULE_DIR = Path.of("target/classes/alfresco/module", MODULE_ID);
    static final Path MODEL = MODULE_DIR.resolve("model/eoffice-model.xml");
    /** The single source of the model: the model module's file. */
    static final Path SOURCE_MODEL =
            Path.of("../model/src/main/resources/alfresco/module/daftar/model/eoffice-model.xml");

    private ShippedModel() {
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads {@code xml} as the e-Office model, after the {@code cm:} base, naming it {@code source} in errors. */
    static TypeRegistry load(byte[] xml, String source) {
        return TypeRegistry.builder()
                .addClasspath(TypeRegistry.CONTENT_BASE_MODEL)
                .add(new ByteArrayInputStream(xml), source)
                .build();
    }

    static TypeRegistry registry() {
        return load(bytes(MODEL), MODEL.getFileName().toString());
    }

    /** The {@code eo:} model itself, as read (own types, aspects and constraints only). */
    static ContentModel eofficeModel() {
        return registry().models().stream()
                .filter(m -> m.namespaces().containsKey("eo"))
                .findFirst()
                .orElseThrow();
    }
}
