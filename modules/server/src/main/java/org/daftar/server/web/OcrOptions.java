package org.daftar.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.daftar.ocr.engine.EngineSettings;
import org.daftar.ocr.queue.OcrMode;
import org.daftar.server.ocr.OcrProperties;
import org.springframework.stereotype.Component;

/**
 * Reads the OCR languages and mode typed into a web form (record-room import, re-OCR), refusing them with a
 * message for the field: languages must look like {@code eng+hin} and be installed, the mode skip, redo or force.
 * Blank means the server's default.
 */
@Component
public class OcrOptions {

    private static final String LANGUAGES = "^[a-z_]{3,8}(\\+[a-z_]{3,8})*$";

    private final EngineSettings engine;
    private final OcrProperties defaults;

    public OcrOptions(EngineSettings engine, OcrProperties defaults) {
        this.engine = engine;
        this.defaults = defaults;
    }

    /** Checked languages and mode. */
    public record Choice(String languages, OcrMode mode) {
    }

    /** The default languages, e.g. {@code eng+hin}. */
    public String defaultLanguages() {
        return defaults.languages();
    }

    /** The default mode's code, e.g. {@code skip}. */
    public String defaultMode() {
        return defaults.mode();
    }

    /** The languages whose traineddata is installed (e.g. eng, hin), for the form's hint. */
    public List<String> installed() {
        try (Stream<Path> files = Files.list(engine.tessdata())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".traineddata") && !n.equals("osd.traineddata"))
                    .map(n -> n.substring(0, n.length() - ".traineddata".length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws FieldProblem on field {@code languages} or {@code mode}
     */
    public Choice read(String languages, String mode) {
        String chosenLanguages = languages == null || languages.isBlank() ? defaults.languages() : languages.strip();
        if (!chosenLanguages.matches(LANGUAGES)) {
            throw new FieldProblem("languages", "ocrOptions.problem.languagesFormat",
                    "OCR languages must look like eng+hin, not '" + chosenLanguages + "'", chosenLanguages);
        }
        for (String language : chosenLanguages.split("\\+")) {
            try {
                engine.requireInstalled(language);
            } catch (IllegalArgumentException e) {
                throw new FieldProblem("languages", "ocrOptions.problem.languageMissing", e.getMessage(), language,
                        String.join(", ", installed()));
            }
        }
        String chosenMode = mode == null || mode.isBlank() ? defaults.mode() : mode.strip();
        try {
            return new Choice(chosenLanguages, OcrMode.parse(chosenMode));
        } catch (IllegalArgumentException e) {
            throw new FieldProblem("mode", "ocrOptions.problem.mode", e.getMessage(), chosenMode);
        }
    }
}
